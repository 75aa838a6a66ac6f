import { Client } from '@microsoft/microsoft-graph-client';
import { BearerAuth } from './auth';
import type { RetryClock, RetryPolicy } from './backoff';
import { ConcurrencyCap } from './concurrency';
import { FailureCapture } from './failure-capture';
import { FetchHandler } from './fetch-handler';
import { ThrottleRetry } from './retry';

export interface PipelineOptions {
  /** The Graph root including the version, e.g. https://graph.microsoft.com/v1.0. */
  readonly baseUrl: string;
  readonly getToken?: () => Promise<string>;
  readonly fetchImpl: typeof fetch;
  readonly maxConcurrency: number;
  readonly retry: RetryPolicy;
  readonly clock: RetryClock;
  readonly timeoutMs: number;
}

/**
 * The one Graph client of the adapter and its behaviours, in order:
 * keep failures typed → bearer auth → throttle/retry → concurrency cap → fetch.
 */
export function createGraphClient(options: PipelineOptions): Client {
  return Client.initWithMiddleware({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    // The version is already part of baseUrl (the stand-in lives under /graph/v1.0).
    defaultVersion: '',
    middleware: [
      new FailureCapture(),
      new BearerAuth(options.getToken),
      new ThrottleRetry(options.retry, options.clock),
      new ConcurrencyCap(options.maxConcurrency),
      new FetchHandler(options.fetchImpl, options.timeoutMs),
    ],
  });
}
