import type { StandInDb } from './db/database';
import { countWhere } from './db/items-repo';
import type { ColumnDef, ListRecord } from './db/lists-repo';
import { GraphHttpError } from './http/reply';
import type { FilterNode } from './odata/filter-parser';
import { compileFilter } from './odata/filter-sql';
import type { SiteDates } from './site-dates';

/** SharePoint Online's list view threshold: a query may not touch more items than this. */
export const LIST_VIEW_THRESHOLD = 5000;

/**
 * How Graph refuses a query past the threshold (the answer third-party connectors document for
 * large lists); SharePoint REST names it SPQueryThrottledException.
 */
export function thresholdExceeded(why: string): GraphHttpError {
  return new GraphHttpError(400, 'notSupported', `The request is unprocessable because it uses too many resources: ${why} The list holds more than ${LIST_VIEW_THRESHOLD} items (the list view threshold).`);
}

/** The terms that must all hold: a top-level chain of `and`. */
function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/**
 * A term an index can answer: a comparison other than "not equal" on an indexed column (SQL
 * Server cannot seek an index for ≠, nor for "is null"), or an `or` of such terms.
 */
function seeks(node: FilterNode, columns: ReadonlyMap<string, ColumnDef>): boolean {
  if (node.kind === 'or') return seeks(node.left, columns) && seeks(node.right, columns);
  if (node.kind !== 'compare') return false;
  if (node.op === 'ne' || node.value === null) return false;
  return node.field === 'id' || columns.get(node.field)?.indexed === true;
}

export interface ThresholdQuery {
  readonly filter?: FilterNode;
  /** Fields sorted or grouped on. */
  readonly orderedBy: readonly string[];
  readonly top: number;
}

/**
 * Past 5,000 items SharePoint answers a query only when an index can narrow it: every column
 * filtered, sorted or grouped on is indexed, at least one term of the filter can seek an index
 * ("not equal" cannot), and that term alone matches at most 5,000 items; a page may not ask for
 * more than 5,000 either. A list at or under the threshold is not checked.
 */
export function assertWithinThreshold(db: StandInDb, list: ListRecord, columns: ReadonlyMap<string, ColumnDef>, dates: SiteDates, query: ThresholdQuery): void {
  const count = countWhere(db, list.id, '1', []);
  if (count <= LIST_VIEW_THRESHOLD) return;
  if (query.top > LIST_VIEW_THRESHOLD) throw thresholdExceeded(`a page of ${query.top} items was asked for.`);
  const unindexed = query.orderedBy.find((name) => name !== 'id' && name !== 'ID' && columns.get(name)?.indexed !== true);
  if (unindexed) throw thresholdExceeded(`'${unindexed}' is sorted or grouped on without an index.`);
  if (!query.filter) return;
  const seeking = conjuncts(query.filter).filter((term) => seeks(term, columns));
  if (seeking.length === 0) throw thresholdExceeded('no term of the filter can use an index ("not equal" and "is empty" cannot).');
  const narrowest = Math.min(
    ...seeking.map((term) => {
      const sql = compileFilter(term, columns, dates);
      return countWhere(db, list.id, sql.where, sql.params);
    }),
  );
  if (narrowest > LIST_VIEW_THRESHOLD) throw thresholdExceeded(`the filter's indexed terms still match ${narrowest} items.`);
}
