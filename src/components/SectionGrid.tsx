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
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { parsePerson, type AnyRow, type FieldDef, type FieldKind } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { Announcement } from './Announcement';
import { compareValues } from './compare-values';
import { fieldValueString } from './field-value-string';
import { FieldValueText } from './FieldValueText';
import { filterRows, filterableFields, NO_FILTER, type GridFilter } from './grid-filter';
import { GridFilterBar } from './GridFilterBar';
import { InlineCellEditor } from './InlineCellEditor';
import { CLAMPED, TruncationTooltip } from './TruncationTooltip';
import { useInlineEdit, type InlineEditing } from './use-inline-edit';
import { VisuallyHidden } from './VisuallyHidden';

const useStyles = makeStyles({
  grid: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  editable: { cursor: 'text' },
  noMatch: { color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalS },
  cell: { paddingBlock: tokens.spacingVerticalS, alignItems: 'flex-start' },
  clamp: { display: '-webkit-box', WebkitLineClamp: '3', WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' },
  highlighted: { backgroundColor: tokens.colorBrandBackground2 },
  actionsColumn: { flexGrow: 0, flexBasis: '88px', minWidth: '88px' },
});

const LINK_KINDS: readonly FieldKind[] = ['url', 'email', 'person'];

export interface SectionGridProps {
  readonly label: string;
  readonly fields: readonly FieldDef[];
  readonly rows: readonly AnyRow[];
  /** The row a deep link points at: scrolled to, focused and highlighted. */
  readonly highlightKey?: string;
  readonly actionsLabel?: string;
  /** The last column's buttons for a row (its "…" menu); no such column without it. */
  renderActions?(row: AnyRow): ReactNode;
  /** Replaces the plain value of a cell (e.g. a link to the row an action came from). */
  renderCell?(field: FieldDef, row: AnyRow): ReactNode | undefined;
  /** Cells edited in place, for those who may change the section; without it the grid only reads. */
  readonly inlineEditing?: InlineEditing;
  /** Fields shown as a link by `renderCell` (beyond web addresses, emails and people). */
  readonly linkFields?: readonly string[];
}

/** A sortable, keyboard-navigable grid of a section's rows, its columns generated from the fields. */
export function SectionGrid({ label, fields, rows, highlightKey, actionsLabel, renderActions, renderCell, inlineEditing, linkFields = [] }: SectionGridProps) {
  const t = useFullMessages();
  const styles = useStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const editHintId = useId();
  const [filter, setFilter] = useState<GridFilter>(NO_FILTER);
  const shownRows = useMemo(() => filterRows(rows, fields, filter, (f, v) => fieldValueString(f, v, t)), [rows, fields, filter, t]);
  const edit = useInlineEdit(scrollerRef, inlineEditing);
  // A cell that holds just a link lets the link itself take focus, so that the arrow keys land on
  // it and Enter follows it, rather than stopping on the cell and then again on the link.
  const isLinkCell = (field: FieldDef, row: AnyRow) => {
    const value = row.values[field.name];
    if (typeof value !== 'string' || value === '') return false;
    // A person named by role alone ("ACLM") is plain text.
    if (field.kind === 'person') return parsePerson(value).email !== undefined;
    return LINK_KINDS.includes(field.kind) || linkFields.includes(field.name);
  };

  const columns = useMemo<TableColumnDefinition<AnyRow>[]>(
    () => [
      ...fields.map((field) =>
        createTableColumn<AnyRow>({
          columnId: field.name,
          compare: (a, b) => compareValues(a.values[field.name], b.values[field.name]),
          renderHeaderCell: () => t.schema(field.label),
          renderCell: (row) =>
            edit.isEditing(row, field) ? (
              <InlineCellEditor
                field={field}
                label={t('grid.editLabel', { field: t.schema(field.label), label: edit.labelOf(row) })}
                value={edit.startValue(row, field)}
                error={edit.error}
                onCommit={(value) => edit.commit(row, field, value)}
                onCancel={() => edit.cancel(true)}
                onLeave={() => edit.cancel(false)}
              />
            ) : (
              <div className={styles.clamp} {...{ [CLAMPED]: '' }}>
                {renderCell?.(field, row) ?? <FieldValueText field={field} value={row.values[field.name]} />}
              </div>
            ),
        }),
      ),
      ...(renderActions
        ? [
            createTableColumn<AnyRow>({
              columnId: 'actions',
              // The buttons name their row; the header needs no visible word (a field may be called "Actions").
              renderHeaderCell: () => <VisuallyHidden>{actionsLabel}</VisuallyHidden>,
              renderCell: renderActions,
            }),
          ]
        : []),
    ],
    [fields, renderActions, renderCell, actionsLabel, styles.clamp, t, edit],
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

  const choiceFields = filterableFields(fields);
  return (
    <div className={styles.grid}>
      <GridFilterBar label={label} choiceFields={choiceFields} filter={filter} onChange={setFilter} shown={shownRows.length} total={rows.length} />
      {shownRows.length === 0 && <div className={styles.noMatch}>{t('grid.noMatch')}</div>}
    <div className={styles.scroller} ref={scrollerRef}>
      <DataGrid
        items={[...shownRows]}
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
              {({ renderCell: render, columnId }) => {
                const field = fields.find((f) => f.name === columnId);
                if (!field) {
                  return (
                    <DataGridCell className={mergeClasses(styles.cell, styles.actionsColumn)} focusMode="group">
                      {render(item)}
                    </DataGridCell>
                  );
                }
                const editing = edit.isEditing(item, field);
                const editable = edit.canEdit(field) && !editing;
                return (
                  <TruncationTooltip enabled={!editing}>
                    {(ref) => (
                      <DataGridCell
                        ref={ref}
                        className={mergeClasses(styles.cell, editable && styles.editable)}
                        focusMode={isLinkCell(field, item) ? 'none' : 'cell'}
                        data-cell={field.name}
                        aria-describedby={editable ? editHintId : undefined}
                        onKeyDown={editable ? (event) => edit.onCellKeyDown(event, item, field) : undefined}
                        onClick={editable ? (event) => edit.onCellClick(event, item, field) : undefined}
                      >
                        {render(item)}
                      </DataGridCell>
                    )}
                  </TruncationTooltip>
                );
              }}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
      {inlineEditing && (
        <span id={editHintId} hidden>
          {t('grid.editHint')}
        </span>
      )}
      <Announcement text={edit.announcement} />
    </div>
  );
}
