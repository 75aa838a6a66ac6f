import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useMemo, useState } from 'react';
import { planToday, type AnyRow, type FieldDef, type Row, type SectionDef } from '../../plan';
import { ActionDueCell } from '../../components/DueBadge';
import { SectionGrid } from '../../components/SectionGrid';
import type { InlineEditing } from '../../components/use-inline-edit';
import { useFullMessages } from '../../i18n/use-full-messages';
import { LINK_FIELDS, gridFields } from '../../lib/plan-pages';
import { rowLabel } from './action-from-row';
import { LinkedRowLink } from './LinkedRowLink';
import { SectionHeader } from './SectionHeader';
import { useCellSave } from './use-cell-save';
import { useRowSection } from './use-row-section';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalM },
});

/** A field edited in place: not the link to another row, nor half of a date kept as written. */
const editsInPlace = (field: FieldDef) => field.name !== LINK_FIELDS.section && !field.written && !field.writtenFor;

/** A plain-table section: its grid (edited in place where allowed), an Add button and the row dialogs. */
export function TableSection({ section, highlightKey }: { section: SectionDef; highlightKey?: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  const headingId = useId();
  const { rows, canEdit, renderActions, addButton, dialogs, emptyText } = useRowSection(section);
  const saveCell = useCellSave(section);
  // The day the page opened: what "overdue" is measured against while it stays open.
  const [today] = useState(() => planToday());
  const renderCell = useCallback(
    (field: FieldDef, row: AnyRow) => {
      if (field.name === LINK_FIELDS.section) return <LinkedRowLink row={row} />;
      if (section.id === 'actions' && field.name === 'DueDate') {
        return <ActionDueCell field={field} action={row as Row<'actions'>} today={today} />;
      }
      return undefined;
    },
    [section.id, today],
  );
  const inlineEditing = useMemo<InlineEditing | undefined>(
    () =>
      canEdit
        ? {
            canEditField: editsInPlace,
            rowLabel: (row) => rowLabel(section, row),
            save: (row, field, value) => saveCell(row, { [field.name]: value }),
          }
        : undefined,
    [canEdit, section, saveCell],
  );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeader section={section} headingId={headingId} actions={addButton} />
      {rows.length > 0 ? (
        <SectionGrid
          label={t.schema(section.title)}
          fields={gridFields(section)}
          rows={rows}
          highlightKey={highlightKey}
          actionsLabel={t('row.actionsColumn')}
          renderActions={renderActions}
          renderCell={renderCell}
          inlineEditing={inlineEditing}
          linkFields={[LINK_FIELDS.section]}
        />
      ) : (
        <Text className={styles.empty}>{emptyText}</Text>
      )}
      {dialogs}
    </section>
  );
}
