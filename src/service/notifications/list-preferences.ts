import { isNotificationKind, NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import type { NotificationPreferences } from './preferences';

/** One Graph request with the service's app token: the status and the parsed JSON body. */
export type GraphCall = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<{ status: number; body: any }>;

/** The SharePoint list beside the plan's lists that holds each person's opt-outs, one row each. */
export const SETTINGS_LIST = 'LAPP notification settings';

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** "actionAssigned,concernRaised" ↔ kinds; anything else in the cell is ignored, not trusted. */
const kindsIn = (cell: unknown): NotificationKind[] =>
  typeof cell === 'string' ? cell.split(',').map((k) => k.trim()).filter(isNotificationKind) : [];

/**
 * Opt-outs kept in a SharePoint list of the plan's site (one row per person, keyed by a unique,
 * indexed Email column), so they outlive the service and are shared by every instance of it.
 * The list is made on first use; a row is made on a person's first change.
 */
export class ListPreferences implements NotificationPreferences {
  private list: Promise<string> | undefined;

  constructor(
    private readonly graph: GraphCall,
    private readonly siteId: string,
  ) {}

  private listId(): Promise<string> {
    this.list ??= this.findOrMakeList().catch((error: unknown) => {
      this.list = undefined;
      throw error;
    });
    return this.list;
  }

  private async findOrMakeList(): Promise<string> {
    const site = `/sites/${this.siteId}/lists`;
    const found = await this.graph('GET', `${site}?$select=id,displayName&$filter=${encodeURIComponent(`displayName eq ${quoted(SETTINGS_LIST)}`)}`);
    const existing = (found.body?.value as { id: string }[] | undefined)?.[0];
    if (existing) return existing.id;
    const made = await this.graph('POST', site, {
      displayName: SETTINGS_LIST,
      list: { template: 'genericList' },
      columns: [
        { name: 'Email', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'OffKinds', text: {} },
      ],
    });
    if (made.status >= 300) throw new Error(`SharePoint did not make the "${SETTINGS_LIST}" list (${made.status}).`);
    return (made.body as { id: string }).id;
  }

  private async rowOf(email: string): Promise<{ id: string; off: NotificationKind[] } | undefined> {
    const list = await this.listId();
    const filter = encodeURIComponent(`fields/Email eq ${quoted(email.toLowerCase())}`);
    const answer = await this.graph('GET', `/sites/${this.siteId}/lists/${list}/items?$expand=fields($select=Email,OffKinds)&$filter=${filter}`);
    if (answer.status >= 300) throw new Error(`SharePoint did not return the notification settings (${answer.status}).`);
    const row = (answer.body?.value as { id: string; fields?: { OffKinds?: unknown } }[] | undefined)?.[0];
    return row && { id: row.id, off: kindsIn(row.fields?.OffKinds) };
  }

  async offKinds(email: string): Promise<readonly NotificationKind[]> {
    return (await this.rowOf(email))?.off ?? [];
  }

  async isOff(email: string, kind: NotificationKind): Promise<boolean> {
    return (await this.offKinds(email)).includes(kind);
  }

  async setOff(email: string, kind: NotificationKind, off: boolean): Promise<void> {
    const now = await this.offKinds(email);
    await this.setOffKinds(email, off ? [...now, kind] : now.filter((k) => k !== kind));
  }

  /** Replaces the person's opt-outs; a first write that loses a race to another makes it an update. */
  async setOffKinds(email: string, kinds: readonly NotificationKind[]): Promise<void> {
    const list = await this.listId();
    const OffKinds = NOTIFICATION_KINDS.filter((k) => kinds.includes(k)).join(',');
    const items = `/sites/${this.siteId}/lists/${list}/items`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const row = await this.rowOf(email);
      const answer = row
        ? await this.graph('PATCH', `${items}/${row.id}/fields`, { OffKinds })
        : await this.graph('POST', items, { fields: { Title: email.toLowerCase(), Email: email.toLowerCase(), OffKinds } });
      if (answer.status < 300) return;
      if (row) break;
    }
    throw new Error('SharePoint did not keep the notification settings.');
  }
}

/** A GraphCall over fetch, for the service's Graph base URL and app token. */
export function graphCaller(baseUrl: string, token: () => Promise<string | undefined>, fetchImpl: typeof fetch = fetch): GraphCall {
  return async (method, path, body) => {
    const bearer = await token();
    const res = await fetchImpl(`${baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: { Accept: 'application/json', ...(body !== undefined && { 'Content-Type': 'application/json' }), ...(bearer && { Authorization: `Bearer ${bearer}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed };
  };
}
