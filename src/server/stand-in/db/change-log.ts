import type { StandInDb } from './database';

/**
 * The change log behind `items/delta`. Like SharePoint's, it is kept for a limited time
 * (RETENTION_DAYS); a delta token older than what is kept answers 410 Gone.
 */
export const RETENTION_DAYS = 60;

export function latestSeq(db: StandInDb): number {
  // sqlite_sequence keeps the high-water mark even after the log is compacted.
  const row = db.stmt("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** The oldest seq a token may still name: changes up to it were dropped. */
export function changeLogFloor(db: StandInDb): number {
  return Number(db.getMeta('changes_floor') ?? '0');
}

/** Items of a list changed after `afterSeq`, one entry per item at its latest change, oldest first. */
export function changedItems(db: StandInDb, listId: string, afterSeq: number, limit: number): { itemId: number; seq: number }[] {
  return db
    .stmt(
      `SELECT item_id AS itemId, MAX(seq) AS seq FROM changes
       WHERE list_id = ? AND seq > ? GROUP BY item_id ORDER BY seq LIMIT ?`,
    )
    .all(listId, afterSeq, limit) as { itemId: number; seq: number }[];
}

/** Drops changes older than `before` (an ISO instant); tokens from before then become stale. */
export function compactChangeLog(db: StandInDb, before: string): void {
  db.tx(() => {
    const row = db.stmt('SELECT MAX(seq) AS seq FROM changes WHERE at < ?').get(before) as { seq: number | null };
    if (row.seq === null) return;
    db.stmt('DELETE FROM changes WHERE seq <= ?').run(row.seq);
    db.setMeta('changes_floor', String(Math.max(row.seq, changeLogFloor(db))));
  });
}
