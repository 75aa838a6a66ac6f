import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import JSDOMEnvironment from 'jest-environment-jsdom';

/**
 * jsdom, plus Node's own fetch and the web classes it hands back, so a DOM test can drive the
 * real Graph adapter against the real stand-in over HTTP. jsdom has an AbortSignal of its own
 * that Node's fetch refuses, so a signal from jsdom (the adapter's per-attempt time limit) is
 * left off: these requests go to a server in the same process.
 */
export default class JsdomWithFetch extends JSDOMEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    const nodeFetch = globalThis.fetch;
    const NodeAbortSignal = globalThis.AbortSignal;
    const fetchWithoutForeignSignal: typeof fetch = (input, init) =>
      nodeFetch(input, init?.signal && !(init.signal instanceof NodeAbortSignal) ? { ...init, signal: undefined } : init);
    Object.assign(this.global, {
      fetch: fetchWithoutForeignSignal,
      Response: globalThis.Response,
      Request: globalThis.Request,
      Headers: globalThis.Headers,
      TextEncoder: globalThis.TextEncoder,
      TextDecoder: globalThis.TextDecoder,
      ReadableStream: globalThis.ReadableStream,
      structuredClone: globalThis.structuredClone,
    });
  }
}
