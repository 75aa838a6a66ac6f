import '@testing-library/jest-dom';
import { deserialize, serialize } from 'node:v8';

// jsdom's window has no structuredClone (browsers and Node do); the outbox copies changes with it.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}
