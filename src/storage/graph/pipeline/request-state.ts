import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/**
 * Per-request notes the pipeline keeps for the adapter. The SDK wraps anything thrown inside the
 * chain in its own GraphError and loses the type, so the first step records the original here
 * and the adapter rethrows it (an OfflineError stays an OfflineError).
 */
export class RequestState implements MiddlewareOptions {
  /** What ended the request without an answer, as thrown inside the chain. */
  failure: unknown = undefined;
}
