import type { AnyRow, FieldValue, Plan, PlanSummary, RowSectionId, SectionId, ValidatedValues } from '../plan';

/** Values as someone gave them, keyed by field name, not yet checked against the schema. */
export type RowValues = Readonly<Record<string, FieldValue>>;

/**
 * Which row a change is for: its plan, its section and its client key. Rows are addressed the
 * same way from the browser to the plan service; only the Graph adapter knows SharePoint's ids.
 */
export interface RowAddress {
  readonly planId: string;
  readonly section: SectionId;
  readonly key: string;
}

export interface CreateRowInput {
  readonly section: RowSectionId;
  readonly planId: string;
  /** Checked where they were built (`validateValues`); stores trust them. */
  readonly values: ValidatedValues;
  /** Client-generated idempotency key: a retried create with the same key returns the same row. */
  readonly key: string;
  readonly order?: number;
  /** The person an app-only writer writes for ("Name <email>"), kept in the ChangedBy column. */
  readonly changedBy?: string;
}

export interface UpdateRowInput extends RowAddress {
  /** The ETag the change was based on; a stale one fails with ConflictError. Omit to overwrite. */
  readonly etag?: string;
  /** Only the fields that changed, checked where they were built (`validateValues` on update). */
  readonly changes: ValidatedValues;
  /**
   * What those fields held when the person changed them. Storage ignores it; the outbox uses it
   * to merge field by field, so a stale ETag is a conflict only when someone changed the same field.
   */
  readonly base?: RowValues;
  /** The person an app-only writer writes for ("Name <email>"), kept in the ChangedBy column. */
  readonly changedBy?: string;
}

export interface DeleteRowInput extends RowAddress {
  readonly etag?: string;
}

export interface CreatePlanInput {
  readonly council: string;
  readonly census: string;
  readonly values?: RowValues;
}

/** One change seen by `changes`: a row written or removed since the cursor. */
export type RowChange =
  | { readonly kind: 'upsert'; readonly row: AnyRow }
  | { readonly kind: 'delete'; readonly section: SectionId; readonly id: string };

export interface ChangeBatch {
  readonly changes: readonly RowChange[];
  /** Pass back to get only what changed after this batch. */
  readonly cursor: string;
  /**
   * Sections whose changes could no longer be followed (the service refused the link) and were
   * read afresh: all their rows come as upserts and rows removed meanwhile are not reported, so
   * a kept copy of those sections must be read again, not patched.
   */
  readonly resynced?: readonly SectionId[];
}

export interface ProvisionStep {
  readonly list: string;
  readonly action: 'created' | 'columns added' | 'up to date';
  readonly columnsAdded: readonly string[];
}

/** The signed-in person, as storage knows them. */
export interface Identity {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  /**
   * The site-wide rights the plan service reports (`GET /api/v1/me`), for what the UI offers;
   * the service enforces them itself. Absent (Graph alone cannot tell): no such rights.
   */
  readonly manager?: boolean;
  readonly siteOwner?: boolean;
}

/**
 * Where plans live. The Graph adapter implements it against SharePoint lists (a real tenant or
 * the local stand-in); features and the CLI only ever talk to this interface.
 */
export interface PlanStore {
  /** Who storage thinks is calling (Graph `/me`). */
  whoAmI(): Promise<Identity>;
  /** Creates missing lists and columns from the schema; never drops anything. */
  provision(onStep?: (step: ProvisionStep) => void): Promise<readonly ProvisionStep[]>;
  listPlans(): Promise<readonly PlanSummary[]>;
  loadPlan(planId: string): Promise<Plan>;
  createPlan(input: CreatePlanInput): Promise<AnyRow>;
  createRow(input: CreateRowInput): Promise<AnyRow>;
  updateRow(input: UpdateRowInput): Promise<AnyRow>;
  deleteRow(input: DeleteRowInput): Promise<void>;
  /**
   * Rows of the given sections changed since `cursor` (all plans in the site; callers filter by
   * plan). Without a cursor, returns no changes and a cursor for "from now on".
   */
  changes(sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch>;
}
