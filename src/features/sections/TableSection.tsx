import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useId, useState } from 'react';
import { sectionById, type AnyRow, type FieldDef, type SectionDef, type SectionId } from '../../plan';
import { LiveStatus } from '../../components/LiveStatus';
import { SectionGrid } from '../../components/SectionGrid';
import { useShareLink } from '../../components/use-share-link';
import { useMessages } from '../../i18n';
import { LINK_FIELDS, gridFields } from '../../lib/plan-pages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { rowsOf } from '../../lib/plan-rows';
import { pathFor } from '../../lib/routes';
import { rowLabel } from './action-from-row';
import { LinkedRowLink } from './LinkedRowLink';
import { RowActionsMenu } from './RowActionsMenu';
import type { RowDialog } from './RowDialogs';
import { RowDialogsOnDemand } from './RowDialogsOnDemand';
import { SectionHeader } from './SectionHeader';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalM },
});

const actionsSection = sectionById('actions');

/** A plain-table section: its grid, an Add button and the row dialogs. */
export function TableSection({ section, highlightKey }: { section: SectionDef; highlightKey?: string }) {
  const t = useMessages();
  const styles = useStyles();
  const headingId = useId();
  const { plan, planId, saving } = useCurrentPlan();
  const access = usePlanAccess();
  const { share, status } = useShareLink(planId);
  const [dialog, setDialog] = useState<RowDialog>();
  const canEdit = access.canEdit(section);
  const canAddAction = access.canEdit(actionsSection);
  const rows = rowsOf(plan, section.id as SectionId);

  const renderActions = useCallback(
    (row: AnyRow) => (
      <RowActionsMenu
        row={row}
        label={rowLabel(section, row)}
        canEdit={canEdit}
        canAddAction={canAddAction}
        saving={saving.has(row.key)}
        open={setDialog}
        copyLink={(r) => void share(pathFor('section', { planId, sectionId: section.id }, { row: r.key }), rowLabel(section, r))}
      />
    ),
    [section, canEdit, canAddAction, saving, share, planId],
  );
  const renderCell = useCallback(
    (field: FieldDef, row: AnyRow) => (field.name === LINK_FIELDS.section ? <LinkedRowLink row={row} /> : undefined),
    [],
  );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeader
        section={section}
        headingId={headingId}
        actions={
          canEdit && (
            <Button
              icon={<AddRegular />}
              aria-label={t('row.addTo', { section: section.title })}
              onClick={() => setDialog({ kind: 'add' })}
            >
              {t('row.add')}
            </Button>
          )
        }
      />
      {rows.length > 0 ? (
        <SectionGrid
          label={section.title}
          fields={gridFields(section)}
          rows={rows}
          highlightKey={highlightKey}
          actionsLabel={t('row.actionsColumn')}
          renderActions={renderActions}
          renderCell={renderCell}
        />
      ) : (
        <Text className={styles.empty}>{canEdit ? t('row.emptyEditable') : t('row.empty')}</Text>
      )}
      <RowDialogsOnDemand section={section} dialog={dialog} onClose={() => setDialog(undefined)} />
      <LiveStatus text={status} />
    </section>
  );
}
