import type { RollupRow } from './rollup-rows';

/** What the "Show" choice narrows the roll-up to. */
export const ROLLUP_SHOWS = ['all', 'awaiting', 'signed', 'overdue', 'concerns'] as const;
export type RollupShow = (typeof ROLLUP_SHOWS)[number];

const KEEP: Readonly<Record<RollupShow, (row: RollupRow) => boolean>> = {
  all: () => true,
  // A plan changed since signing awaits its signatures again.
  awaiting: (row) => row.signOffStatus !== 'signed',
  signed: (row) => row.signOffStatus === 'signed',
  overdue: (row) => row.overdueActions > 0,
  concerns: (row) => row.unresolvedConcerns > 0,
};

/** The rows whose council name or plan id contains `text` (any case, spaces trimmed) and that the choice keeps. */
export function filterRollup(rows: readonly RollupRow[], text: string, show: RollupShow): RollupRow[] {
  const wanted = text.trim().toLocaleLowerCase('en-GB');
  return rows.filter(
    (row) => KEEP[show](row) && (wanted === '' || row.council.toLocaleLowerCase('en-GB').includes(wanted) || row.planId.includes(wanted)),
  );
}
