import type { Context } from '@microsoft/microsoft-graph-client';
import { requestStateOf } from './context-helpers';
import { Step } from './step';

/**
 * First step: keeps whatever the chain threw on the request's state, because the SDK rethrows it
 * as a GraphError and our typed errors (OfflineError) would otherwise arrive as something else.
 */
export class FailureCapture extends Step {
  async execute(context: Context): Promise<void> {
    try {
      await this.forward(context);
    } catch (error) {
      const state = requestStateOf(context);
      if (state) state.failure = error;
      throw error;
    }
  }
}
