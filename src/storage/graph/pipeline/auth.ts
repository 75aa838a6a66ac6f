import type { Context } from '@microsoft/microsoft-graph-client';
import { setRequestHeader } from './context-helpers';
import { Step } from './step';

/**
 * Adds `Authorization: Bearer <token>` from the app's token source. Without one (local mode) the
 * request goes out bare and the stand-in treats the caller as its sample CEM.
 */
export class BearerAuth extends Step {
  constructor(private readonly getToken?: () => Promise<string>) {
    super();
  }

  async execute(context: Context): Promise<void> {
    if (this.getToken) setRequestHeader(context, 'Authorization', `Bearer ${await this.getToken()}`);
    await this.forward(context);
  }
}
