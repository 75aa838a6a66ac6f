import { responseBody } from '../http/response-body';
import { digestFromJson, withAdded, type DigestItem, type DigestStore } from './digest';
import { isNotificationKind, NOTIFICATION_KINDS, type NotificationKind, type PlanNotification } from './kinds';
import type { NotificationPreferences } from './preferences';

/** One Graph request with the service's app token: the status and the parsed JSON body. */
export type GraphCall = (
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
  headers?: Readonly<Record<string, string>>,
) => Promise<{ status: number; body: any }>;

interface SettingsRow {
  readonly id: string;
  readonly etag: string | undefined;
  readonly off: NotificationKind[];
  readonly digest: DigestItem[];
}

/** The SharePoint list beside the plan's lists that holds each person's opt-outs, one row each. */
export const SETTINGS_LIST = 'LAPP notification settings';

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** "actionAssigned,concernRaised" ↔ kinds; anything else in the cell is ignored, not trusted. */
const kindsIn = (cell: unknown): NotificationKind[] =>
  typeof cell === 'string' ? cell.split(',').map((k) => k.trim()).filter(isNotificationKind) : [];

/**
 * Each person's opt-outs and the nudges kept for them (their digest), in a SharePoint list of the
 * plan's site (one row per person, keyed by a unique, indexed Email column), so both outlive the
 * service and are shared by every instance of it. The list is made on first use; a row on a
 * person's first change. Writes carry the row's eTag, so two instances never lose each other's.
 */
export class PersonSettingsList implements NotificationPreferences, DigestStore {
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
        { name: 'Digest', text: { allowMultipleLines: true } },
      ],
    });
    if (made.status >= 300) throw new Error(`SharePoint did not make the "${SETTINGS_LIST}" list (${made.status}).`);
    return (made.body as { id: string }).id;
  }

  private async rowOf(email: string): Promise<SettingsRow | undefined> {
    const list = await this.listId();
    const filter = encodeURIComponent(`fields/Email eq ${quoted(email.toLowerCase())}`);
    const answer = await this.graph('GET', `/sites/${this.siteId}/lists/${list}/items?$expand=fields($select=Email,OffKinds,Digest)&$filter=${filter}`);
    if (answer.status >= 300) throw new Error(`SharePoint did not return the notification settings (${answer.status}).`);
    const row = (answer.body?.value as { id: string; eTag?: string; '@odata.etag'?: string; fields?: { OffKinds?: unknown; Digest?: unknown } }[] | undefined)?.[0];
    return row && { id: row.id, etag: row.eTag ?? row['@odata.etag'], off: kindsIn(row.fields?.OffKinds), digest: digestFromJson(row.fields?.Digest) };
  }

  /**
   * Changes the person's row from what it holds now (`change` sees the row, or undefined when
   * there is none yet); retried when another write got there first.
   */
  private async update(email: string, change: (row: SettingsRow | undefined) => Record<string, string>): Promise<SettingsRow | undefined> {
    const list = await this.listId();
    const items = `/sites/${this.siteId}/lists/${list}/items`;
    for (let attempt = 0; attempt < 4; attempt++) {
      const row = await this.rowOf(email);
      const fields = change(row);
      const answer = row
        ? await this.graph('PATCH', `${items}/${row.id}/fields`, fields, row.etag ? { 'If-Match': row.etag } : {})
        : await this.graph('POST', items, { fields: { Title: email.toLowerCase(), Email: email.toLowerCase(), ...fields } });
      if (answer.status < 300) return row;
      // 412: changed meanwhile; a failed create: made meanwhile (unique Email). Read again.
      if (row && answer.status !== 412) break;
    }
    throw new Error('SharePoint did not keep the notification settings.');
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

  /** Replaces the person's opt-outs. */
  async setOffKinds(email: string, kinds: readonly NotificationKind[]): Promise<void> {
    const OffKinds = NOTIFICATION_KINDS.filter((k) => kinds.includes(k)).join(',');
    await this.update(email, () => ({ OffKinds }));
  }

  /** Keeps a nudge for its recipient under a new id, the newest DIGEST_LIMIT at most. */
  async add(n: PlanNotification): Promise<void> {
    await this.update(n.to, (row) => ({ Digest: JSON.stringify(withAdded(row?.digest ?? [], n)) }));
  }

  /** Everything kept for the person, oldest first; reading changes nothing. */
  async read(email: string): Promise<readonly DigestItem[]> {
    return (await this.rowOf(email))?.digest ?? [];
  }

  /**
   * Drops the person's items with these ids. The write carries the row's eTag, so a nudge kept
   * meanwhile makes it read again and stays; when none of the ids is there nothing is written.
   */
  async seen(email: string, ids: readonly string[]): Promise<void> {
    const drop = new Set(ids);
    if (!(await this.rowOf(email))?.digest.some((n) => drop.has(n.id))) return;
    await this.update(email, (row) => ({ Digest: JSON.stringify((row?.digest ?? []).filter((n) => !drop.has(n.id))) }));
  }
}

/** A GraphCall over fetch, for the service's Graph base URL and app token. */
export function graphCaller(baseUrl: string, token: () => Promise<string | undefined>, fetchImpl: typeof fetch = fetch): GraphCall {
  return async (method, path, body, headers = {}) => {
    const bearer = await token();
    const res = await fetchImpl(`${baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: { Accept: 'application/json', ...headers, ...(body !== undefined && { 'Content-Type': 'application/json' }), ...(bearer && { Authorization: `Bearer ${bearer}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: await responseBody(res) };
  };
}
