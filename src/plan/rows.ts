import type { FieldKind, FieldValue, ValueOfKind } from './field';
import type { RowSectionId, SectionById, SectionId } from './schema';

/** The typed values of one row of a section: `{ ContactName: string | null, … }`. */
export type ValuesOf<Id extends SectionId> = {
  -readonly [F in SectionById<Id>['fields'][number] as F['name']]: ValueOfKind<F['kind'] & FieldKind>;
};

/** What storage knows about a row besides its values. */
export interface RowMeta {
  /** The storage item id (SharePoint list item id). */
  readonly id: string;
  /** Client-generated, stable across retries and imports: what links and actions point at. */
  readonly key: string;
  readonly planId: string;
  readonly etag: string;
  readonly order: number;
  readonly created: string;
  readonly modified: string;
  /** Display name of whoever last changed the row, where storage says. */
  readonly modifiedBy?: string;
}

export interface Row<Id extends SectionId = SectionId> extends RowMeta {
  readonly section: Id;
  readonly values: ValuesOf<Id>;
}

/** A row whose section is only known at run time (generic grids, import, export). */
export interface AnyRow extends RowMeta {
  readonly section: SectionId;
  readonly values: Readonly<Record<string, FieldValue>>;
}

/** A whole plan as loaded: its header row and every section's rows in order. */
export interface Plan {
  readonly header: Row<'plan'>;
  readonly sections: { readonly [Id in RowSectionId]: readonly Row<Id>[] };
}

export interface PlanSummary {
  readonly id: string;
  readonly council: string;
  readonly census: string;
  readonly modified: string;
  /** The plan's own details (people, sign-off), so a person's role shows without reading the plan. */
  readonly header: ValuesOf<'plan'>;
}

/** A plan id is the header row's key: lower-case letters, digits and hyphens. */
export const PLAN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** "Kestrel Vale District Council" → "kestrel-vale-district-council". */
export function planIdFor(councilName: string): string {
  const slug = councilName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  if (!PLAN_ID_PATTERN.test(slug)) throw new RangeError(`"${councilName}" does not make a usable plan id`);
  return slug;
}
