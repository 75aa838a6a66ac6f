import type { AnyRow } from '../../plan';
import type { RowChange } from '../../storage/port';

/**
 * The header rows (who the plan names, so who may do what) of the plans someone has open on this
 * instance, as SharePoint holds them: every read and write checks the caller's rights against
 * the header, and during a call that is most requests. Kept only while the plan is open here,
 * replaced by this instance's own writes, and dropped when any other change to the header is
 * announced (another instance's write, an edit in SharePoint), so the next check reads it again.
 */
export class OpenPlanHeaders {
  private readonly headers = new Map<string, AnyRow>();
  private readonly open = new Set<string>();

  opened(planId: string): void {
    this.open.add(planId);
  }

  closed(planId: string): void {
    this.open.delete(planId);
    this.headers.delete(planId);
  }

  get(planId: string): AnyRow | undefined {
    return this.headers.get(planId);
  }

  /** A header as read or written by this instance (with SharePoint's item id). */
  remember(header: AnyRow): void {
    if (header.section === 'plan' && this.open.has(header.key)) this.headers.set(header.key, header);
  }

  /** A change announced on the bus: drops the header unless it is the very version held. */
  announced(planId: string, changes: readonly RowChange[]): void {
    const held = this.headers.get(planId);
    if (!held) return;
    const touched = changes.some((c) => (c.kind === 'upsert' ? c.row.section === 'plan' && c.row.etag !== held.etag : c.section === 'plan'));
    if (touched) this.headers.delete(planId);
  }
}

type FindRow = (section: string, key: string) => Promise<AnyRow | undefined>;

/**
 * `findRow` for the service's store that answers a plan's header from the open plans' headers
 * when it can, and otherwise reads it (and keeps it if the plan is open here).
 */
export function findRowWithOpenHeaders(headers: OpenPlanHeaders, findRow: FindRow): FindRow {
  return async (section, key) => {
    if (section !== 'plan') return findRow(section, key);
    const held = headers.get(key);
    if (held) return held;
    const read = await findRow(section, key);
    if (read) headers.remember(read);
    return read;
  };
}
