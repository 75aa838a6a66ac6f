import { SIGN_OFF_FIELDS, ValidationError, sectionById, validateValues, type RowSectionId, type SectionId } from '../../plan';
import { ConflictError, ForbiddenError, OfflineError, ThrottledError, problemOf } from '../../storage/errors';
import type { PlanStore } from '../../storage/port';
import type { Where } from '../read/source';
import { say, type ImportMessage } from './import-messages';
import type { ImportPreview, PreviewRow } from './types';

export interface CommitProgress {
  readonly done: number;
  readonly total: number;
}

export interface CommitFailure {
  readonly section: SectionId;
  /** The row's place in the document; null for the plan's own details. */
  readonly where: Where | null;
  /** Why, in the reader's language once worded. */
  readonly reason: ImportMessage;
  /** The store's own words, for logs. */
  readonly message: string;
}

/** Why the store did not take a row, as the person importing can act on it. */
function failureReason(error: unknown): ImportMessage {
  if (error instanceof ValidationError) return say('import.failure.invalid', { problems: { sentences: error.errors.map((fieldError) => ({ fieldError })) } });
  if (error instanceof ConflictError) return say('import.failure.conflict');
  if (error instanceof ForbiddenError) return say('import.failure.forbidden');
  if (error instanceof ThrottledError) return say('import.failure.busy');
  if (error instanceof OfflineError) return say('import.failure.offline');
  // Another answer from the store: worded by its kind and code, its own (English) words kept apart.
  return say('import.failure.store', { problem: { problem: problemOf(error) } });
}

export interface CommitResult {
  /** Rows sent to the store (a row already there comes back as it was: its key is the same). */
  readonly written: number;
  /** Rows the preview found already in the plan, not sent again. */
  readonly skipped: number;
  /** The plan's own details filled in (council, people, signatures, QA date). */
  readonly details: number;
  /** Details the store would not take from whoever imports (a signature only its signer may record). */
  readonly refused?: readonly ImportMessage[];
  readonly failed: readonly CommitFailure[];
}

/** How many times one row is offered to a busy store before it is reported busy. */
const BUSY_ATTEMPTS = 6;
/** The longest wait for a busy store that the importer honours before asking again. */
const LONGEST_WAIT_MS = 60_000;

/**
 * Writes one row, waiting as long as a busy store asks (SharePoint's budget, or the service's
 * limit for one person, answer 429 with Retry-After): an import of a few hundred rows outruns
 * either, and a row it gave up on at once would make people run the import again and again.
 * Retrying is safe because every row carries its ClientKey. An abort stops the waiting.
 */
async function waitingOutBusy<T>(signal: AbortSignal | undefined, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof ThrottledError) || attempt >= BUSY_ATTEMPTS || signal?.aborted) throw error;
      await pause(Math.min(Math.max(error.retryAfterMs, 0), LONGEST_WAIT_MS), signal);
      if (signal?.aborted) throw error;
    }
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

export interface CommitOptions {
  readonly onProgress?: (progress: CommitProgress) => void;
  readonly signal?: AbortSignal;
  /** Rows written at the same time; the Graph adapter also limits and retries on its own. */
  readonly concurrency?: number;
}

/**
 * Writes a preview's new rows to the plan, and fills in the rows it names that the plan already
 * has (each strand's local priority). Every row carries its deterministic ClientKey, so a
 * commit that stopped half-way can simply be run again: rows already written are handed back
 * by the store, not written twice.
 */
export async function commitImport(store: PlanStore, preview: ImportPreview, options: CommitOptions = {}): Promise<CommitResult> {
  const queue: { section: RowSectionId; row: PreviewRow }[] = preview.sections.flatMap((s) =>
    s.rows.filter((row) => !row.alreadyInPlan).map((row) => ({ section: s.id, row })),
  );
  const skipped = preview.counts.rows - queue.length;
  const total = queue.length;
  const failed: CommitFailure[] = [];
  let done = 0;
  let written = 0;
  options.onProgress?.({ done, total });
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (options.signal?.aborted) return;
      try {
        const { row, section } = next;
        await waitingOutBusy(options.signal, () =>
          row.update
            ? store.updateRow({ planId: preview.planId, section, key: row.key, etag: row.update.etag, changes: row.update.changes })
            : store.createRow({ section, planId: preview.planId, values: row.values, key: row.key, order: row.order }),
        );
        written += 1;
      } catch (error) {
        failed.push({ section: next.section, where: next.row.where, reason: failureReason(error), message: error instanceof Error ? error.message : String(error) });
      }
      done += 1;
      options.onProgress?.({ done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  let filled = 0;
  const refused: ImportMessage[] = [];
  const apply = preview.details.filter((d) => d.apply);
  // Signatures go on their own: where the store lets only the signers themselves sign, the rest still lands.
  const groups = [apply.filter((d) => !SIGN_OFF_FIELDS.includes(d.field)), apply.filter((d) => SIGN_OFF_FIELDS.includes(d.field))];
  for (const group of groups) {
    if (group.length === 0 || options.signal?.aborted) continue;
    try {
      const changes = validateValues(sectionById('plan'), Object.fromEntries(group.map((d) => [d.field, d.value])), 'update');
      // The plan's own row is addressed by its key, the plan id.
      await waitingOutBusy(options.signal, () => store.updateRow({ planId: preview.planId, section: 'plan', key: preview.planId, changes }));
      filled += group.length;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (group === groups[1]) refused.push(say('import.refused.signatures', { problem: { message: failureReason(error) } }));
      else failed.push({ section: 'plan', where: null, reason: failureReason(error), message });
    }
  }
  return { written, skipped, details: filled, ...(refused.length > 0 && { refused }), failed };
}
