import '@testing-library/jest-dom';
import { deserialize, serialize } from 'node:v8';

// jsdom's window has no structuredClone (browsers and Node do); the outbox copies changes with it.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}

// jsdom's window lacks TextEncoder and Web Crypto, which jose (token signing and checks) needs
// when a DOM test starts the local stand-in and its issuer in the same process.
if (typeof globalThis.TextEncoder === 'undefined') {
  const util = require('node:util') as typeof import('node:util');
  Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
}
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: (require('node:crypto') as typeof import('node:crypto')).webcrypto, configurable: true });
}
