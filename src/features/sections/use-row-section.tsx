import { Button, useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useState, type ReactNode } from 'react';
import { sectionById, type AnyRow, type SectionDef, type SectionId } from '../../plan';
import { Announcement } from '../../components/Announcement';
import { useShareLink } from '../../components/use-share-link';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { rowsOf } from '../../plan/plan-rows';
import { pathFor } from '../../lib/routes';
import { rowLabel } from './action-from-row';
import { RowActionsMenu } from './RowActionsMenu';
import type { RowDialog } from './RowDialogs';
import { RowDialogsOnDemand } from './RowDialogsOnDemand';

const actionsSection = sectionById('actions');

export interface RowSection {
  readonly rows: readonly AnyRow[];
  readonly canEdit: boolean;
  /** The "…" menu of a row: edit or view, add action, copy link, delete. */
  renderActions(row: AnyRow): ReactNode;
  /** "Add row", for those who may add. */
  readonly addButton: ReactNode;
  /** The open dialog and the live region that announces a copied link. */
  readonly dialogs: ReactNode;
  readonly emptyText: string;
}

/** What every section that lists rows shares: its rows, the row menu, the add button and the dialogs. */
export function useRowSection(section: SectionDef): RowSection {
  const t = useFullMessages();
  // The add dialog gives focus back to its button when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const { plan, planId, saving } = useCurrentPlan();
  const access = usePlanAccess();
  const { share, status } = useShareLink(planId);
  const [dialog, setDialog] = useState<RowDialog>();
  const canEdit = access.canEdit(section);
  const canAddAction = access.canEdit(actionsSection);

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

  return {
    rows: rowsOf(plan, section.id as SectionId),
    canEdit,
    renderActions,
    addButton: canEdit && (
      <Button icon={<AddRegular />} aria-label={t('row.addTo', { section: t.schema(section.title) })} onClick={() => setDialog({ kind: 'add' })} {...restoreFocus}>
        {t('row.add')}
      </Button>
    ),
    dialogs: (
      <>
        <RowDialogsOnDemand section={section} dialog={dialog} onClose={() => setDialog(undefined)} />
        <Announcement text={status} />
      </>
    ),
    emptyText: canEdit ? t('row.emptyEditable') : t('row.empty'),
  };
}
