import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * The last step: sends the request with the injected fetch. Each attempt gets its own time limit,
 * so a connection that hangs counts as a network failure and is retried rather than waited on.
 */
export class FetchHandler implements Middleware {
  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, { ...context.options, signal: AbortSignal.timeout(this.timeoutMs) });
  }
}
