import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId } from 'react';
import type { AnyRow, FieldDef, SectionDef } from '../../plan';
import { SectionGrid } from '../../components/SectionGrid';
import { useMessages } from '../../i18n';
import { LINK_FIELDS, gridFields } from '../../lib/plan-pages';
import { LinkedRowLink } from './LinkedRowLink';
import { SectionHeader } from './SectionHeader';
import { useRowSection } from './use-row-section';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalM },
});

/** A plain-table section: its grid, an Add button and the row dialogs. */
export function TableSection({ section, highlightKey }: { section: SectionDef; highlightKey?: string }) {
  const t = useMessages();
  const styles = useStyles();
  const headingId = useId();
  const { rows, renderActions, addButton, dialogs, emptyText } = useRowSection(section);
  const renderCell = useCallback(
    (field: FieldDef, row: AnyRow) => (field.name === LINK_FIELDS.section ? <LinkedRowLink row={row} /> : undefined),
    [],
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
        />
      ) : (
        <Text className={styles.empty}>{emptyText}</Text>
      )}
      {dialogs}
    </section>
  );
}
