import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { AnyRow, FieldDef } from '../plan';
import { useMessages } from '../i18n';
import { compareValues } from './compare-values';
import { FieldValueText } from './FieldValueText';
import { VisuallyHidden } from './VisuallyHidden';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  cell: { paddingBlock: tokens.spacingVerticalS, alignItems: 'flex-start' },
  clamp: { display: '-webkit-box', WebkitLineClamp: '3', WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' },
  highlighted: { backgroundColor: tokens.colorBrandBackground2 },
  actionsColumn: { flexGrow: 0, flexBasis: '88px', minWidth: '88px' },
});

export interface SectionGridProps {
  readonly label: string;
  readonly fields: readonly FieldDef[];
  readonly rows: readonly AnyRow[];
  /** The row a deep link points at: scrolled to, focused and highlighted. */
  readonly highlightKey?: string;
  readonly actionsLabel: string;
  renderActions(row: AnyRow): ReactNode;
  /** Replaces the plain value of a cell (e.g. a link to the row an action came from). */
  renderCell?(field: FieldDef, row: AnyRow): ReactNode | undefined;
}

/** A sortable, keyboard-navigable grid of a section's rows, its columns generated from the fields. */
export function SectionGrid({ label, fields, rows, highlightKey, actionsLabel, renderActions, renderCell }: SectionGridProps) {
  const t = useMessages();
  const styles = useStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);

  const columns = useMemo<TableColumnDefinition<AnyRow>[]>(
    () => [
      ...fields.map((field) =>
        createTableColumn<AnyRow>({
          columnId: field.name,
          compare: (a, b) => compareValues(a.values[field.name], b.values[field.name]),
          renderHeaderCell: () => t.schema(field.label),
          renderCell: (row) => (
            <div className={styles.clamp}>{renderCell?.(field, row) ?? <FieldValueText field={field} value={row.values[field.name]} />}</div>
          ),
        }),
      ),
      createTableColumn<AnyRow>({
        columnId: 'actions',
        // The buttons name their row; the header needs no visible word (a field may be called "Actions").
        renderHeaderCell: () => <VisuallyHidden>{actionsLabel}</VisuallyHidden>,
        renderCell: renderActions,
      }),
    ],
    [fields, renderActions, renderCell, actionsLabel, styles.clamp, t],
  );

  useEffect(() => {
    if (!highlightKey) return;
    const row = [...(scrollerRef.current?.querySelectorAll<HTMLElement>('[data-row-key]') ?? [])].find(
      (element) => element.dataset.rowKey === highlightKey,
    );
    if (!row) return;
    row.scrollIntoView?.({ block: 'center' });
    row.querySelector<HTMLElement>('[role="gridcell"]')?.focus();
  }, [highlightKey]);

  return (
    <div className={styles.scroller} ref={scrollerRef}>
      <DataGrid
        items={[...rows]}
        columns={columns}
        getRowId={(row: AnyRow) => row.key}
        sortable
        focusMode="cell"
        aria-label={label}
        // Wide sections scroll sideways rather than squeeze their columns.
        style={fields.length > 3 ? { minWidth: `${fields.length * 130 + 88}px` } : undefined}
      >
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={mergeClasses(columnId === 'actions' && styles.actionsColumn)}>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<AnyRow>>
          {({ item, rowId }) => (
            <DataGridRow<AnyRow>
              key={rowId}
              data-row-key={item.key}
              className={mergeClasses(item.key === highlightKey && styles.highlighted)}
            >
              {({ renderCell: render, columnId }) => (
                <DataGridCell
                  className={mergeClasses(styles.cell, columnId === 'actions' && styles.actionsColumn)}
                  focusMode={columnId === 'actions' ? 'group' : 'cell'}
                >
                  {render(item)}
                </DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
