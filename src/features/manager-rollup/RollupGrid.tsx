import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Link,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { useFullMessages } from '../../i18n/use-full-messages';
import { surfaceUrl } from '../../lib/links';
import { pathFor } from '../../lib/routes';
import type { RollupRow, RollupSignOffStatus } from './rollup-rows';
import { dateText, highStrandsText, nextMeetingText, signOffText } from './rollup-text';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  grid: { minWidth: '1080px' },
  cell: { paddingBlock: tokens.spacingVerticalS, alignItems: 'flex-start', overflowWrap: 'anywhere' },
  council: { fontWeight: tokens.fontWeightSemibold },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Plans most in need of a signature first when sorted ascending by sign-off. */
const SIGN_OFF_ORDER: Readonly<Record<RollupSignOffStatus, number>> = { awaiting: 0, 'changed-since-signed': 1, 'partly-signed': 2, signed: 3 };

/** Dates sort in time order with "None" after every date. */
const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

function countColumn(id: string, header: string, count: (row: RollupRow) => number, lateClass?: string) {
  return createTableColumn<RollupRow>({
    columnId: id,
    compare: (a, b) => count(a) - count(b),
    renderHeaderCell: () => header,
    renderCell: (row) => <span className={lateClass && count(row) > 0 ? lateClass : undefined}>{count(row)}</span>,
  });
}

/** The roll-up as a sortable, keyboard-navigable grid: one row per council. */
export function RollupGrid({ rows }: { rows: readonly RollupRow[] }) {
  const t = useFullMessages();
  const styles = useStyles();
  const columns = useMemo<TableColumnDefinition<RollupRow>[]>(
    () => [
      createTableColumn<RollupRow>({
        columnId: 'council',
        compare: (a, b) => a.council.localeCompare(b.council, 'en-GB'),
        renderHeaderCell: () => t('manager.col.council'),
        // The council's name opens its plan, as a list item's title does in Microsoft Lists.
        renderCell: (row) => (
          <Link className={styles.council} href={surfaceUrl('tab', { plan: row.planId }, pathFor('home', { planId: row.planId }))}>
            {row.council}
          </Link>
        ),
      }),
      createTableColumn<RollupRow>({
        columnId: 'signOff',
        compare: (a, b) => SIGN_OFF_ORDER[a.signOffStatus] - SIGN_OFF_ORDER[b.signOffStatus] || byDate(a.signOff.signedOn ?? null, b.signOff.signedOn ?? null),
        renderHeaderCell: () => t('manager.col.signOff'),
        renderCell: (row) => signOffText(row, t),
      }),
      countColumn('open', t('manager.col.open'), (row) => row.openActions),
      countColumn('overdue', t('manager.col.overdue'), (row) => row.overdueActions, styles.late),
      countColumn('concerns', t('manager.col.concerns'), (row) => row.unresolvedConcerns),
      createTableColumn<RollupRow>({
        columnId: 'lastMeeting',
        compare: (a, b) => byDate(a.lastMeeting, b.lastMeeting),
        renderHeaderCell: () => t('manager.col.lastMeeting'),
        renderCell: (row) => dateText(row.lastMeeting, t),
      }),
      createTableColumn<RollupRow>({
        columnId: 'nextMeeting',
        compare: (a, b) => byDate(a.nextMeeting ?? a.meetingDueByCadence, b.nextMeeting ?? b.meetingDueByCadence),
        renderHeaderCell: () => t('manager.col.nextMeeting'),
        renderCell: (row) => nextMeetingText(row, t),
      }),
      createTableColumn<RollupRow>({
        columnId: 'high',
        compare: (a, b) => a.highStrands.length - b.highStrands.length,
        renderHeaderCell: () => t('manager.col.high'),
        renderCell: (row) => highStrandsText(row, t),
      }),
    ],
    [t, styles.council, styles.late],
  );
  return (
    <div className={styles.scroller}>
      <DataGrid
        className={styles.grid}
        items={[...rows]}
        columns={columns}
        getRowId={(row: RollupRow) => row.planId}
        sortable
        defaultSortState={{ sortColumn: 'council', sortDirection: 'ascending' }}
        focusMode="cell"
        aria-label={t('manager.grid')}
      >
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<RollupRow>>
          {({ item, rowId }) => (
            <DataGridRow<RollupRow> key={rowId}>
              {({ renderCell }) => <DataGridCell className={styles.cell}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
