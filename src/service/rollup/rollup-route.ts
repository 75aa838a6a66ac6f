import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plan, RowSectionId } from '../../plan';

/** What the managers' roll-up reads of each plan besides its header: strands, actions, concerns, meetings. */
export const ROLLUP_SECTIONS: readonly RowSectionId[] = ['localPriorities', 'actions', 'concernsRaised', 'meetings'];

export interface RollupRouteContext {
  /** The service's rights rule: managers (and site owners) only. */
  mayReadRollup(): Promise<boolean>;
  /** The service's app-only store: every plan with only the roll-up's sections. */
  loadPlansWithSections(sections: readonly RowSectionId[]): Promise<Plan[]>;
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * `GET /api/v1/rollup`: every plan's header, strands, actions, concerns and meetings, for the
 * managers' roll-up, which works out its figures in the browser from them. Read list by list (a
 * few multi-item reads for the whole site), not plan by plan. Anyone not a manager gets 403.
 * Returns false when the request is for another route.
 */
export async function handleRollupRoute(req: IncomingMessage, res: ServerResponse, url: URL, context: RollupRouteContext): Promise<boolean> {
  if (url.pathname !== '/api/v1/rollup') return false;
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    answer(res, 405, { error: { code: 'methodNotAllowed', message: '/api/v1/rollup accepts GET only.' } });
    return true;
  }
  if (!(await context.mayReadRollup())) {
    answer(res, 403, { error: { code: 'accessDenied', message: 'Only managers may see the roll-up of every council.' } });
    return true;
  }
  answer(res, 200, { plans: await context.loadPlansWithSections(ROLLUP_SECTIONS) });
  return true;
}
