import type { SectionDef } from '../../../src/plan';
import type { RunningStandIn } from '../../../src/server/stand-in';

/** What the stand-in answered a request sent around the app, as any other Graph client could. */
export interface RawAnswer {
  readonly status: number;
  /** Graph JSON, as the test reads it. */
  readonly body: any;
}

/** Sends one Graph request straight to the stand-in, as `email` (the sample CEM when absent). */
export async function rawGraph(standIn: RunningStandIn, method: string, path: string, body?: unknown, email?: string): Promise<RawAnswer> {
  const headers: Record<string, string> = {};
  headers.Authorization = `Bearer ${await standIn.tokenFor(email ?? 'ava.lindqvist@census.example')}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${standIn.graphBaseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** `/sites/{site}/lists/{section's list}/items`. */
export function itemsPath(standIn: RunningStandIn, section: SectionDef): string {
  return `/sites/${encodeURIComponent(standIn.siteId)}/lists/${encodeURIComponent(section.list)}/items`;
}

/** Adds a row to a section's list without the app: no validation but SharePoint's own. */
export function postRawRow(
  standIn: RunningStandIn,
  section: SectionDef,
  planId: string,
  key: string,
  values: Readonly<Record<string, unknown>>,
  email?: string,
): Promise<RawAnswer> {
  return rawGraph(standIn, 'POST', itemsPath(standIn, section), { fields: { PlanId: planId, ClientKey: key, ...values } }, email);
}

/** How many writes to list items a recorded wire carries: reads go as POST /$batch, writes one by one. */
export function itemWrites(sent: readonly { readonly method: string; readonly path: string }[]): number {
  return sent.filter((r) => r.method !== 'GET' && !r.path.endsWith('/$batch')).length;
}
