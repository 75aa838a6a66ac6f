import { Text } from '@fluentui/react-components';
import { sectionById, type AnyRow, type RowSectionId, type SectionDef } from '../../plan';
import { RowFormDialog } from '../../components/RowFormDialog';
import { useFullMessages } from '../../i18n/use-full-messages';
import { LINK_FIELDS } from '../../lib/plan-pages';
import { useCurrentPlan } from '../../lib/plan-context';
import { actionFromRow, rowLabel } from './action-from-row';
import { DeleteRowDialog } from './DeleteRowDialog';
import { RowDetailsDialog } from './RowDetailsDialog';

/** Which dialog a section has open, and for which row. */
export type RowDialog =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit' | 'view' | 'delete' | 'addAction'; readonly row: AnyRow };

const actions = sectionById('actions');

/** The add, edit, view, delete and "add action" dialogs of one section, saving through the plan. */
export function RowDialogs({ section, dialog, open, onClose }: { section: SectionDef; dialog: RowDialog; open: boolean; onClose(): void }) {
  const t = useFullMessages();
  const plan = useCurrentPlan();
  // A new dialog (or the same one for another row) starts with a fresh form.
  const key = `${dialog.kind}:${'row' in dialog ? dialog.row.key : ''}`;
  const sectionId = section.id as RowSectionId;
  switch (dialog.kind) {
    case 'add':
      return (
        <RowFormDialog
          key={key}
          open={open}
          section={section}
          title={t('row.addTitle', { section: t.schema(section.title) })}
          mode="create"
          initial={{}}
          onSave={(values) => void plan.createRow(sectionId, values)}
          onClose={onClose}
        />
      );
    case 'edit':
      return (
        <RowFormDialog
          key={key}
          open={open}
          section={section}
          title={t('row.editTitle', { label: rowLabel(section, dialog.row) })}
          mode="update"
          initial={dialog.row.values}
          onSave={(changes) => void plan.updateRow(sectionId, dialog.row.key, changes)}
          onClose={onClose}
        />
      );
    case 'view':
      return <RowDetailsDialog key={key} open={open} section={section} row={dialog.row} title={rowLabel(section, dialog.row)} onClose={onClose} />;
    case 'delete':
      return (
        <DeleteRowDialog
          key={key}
          open={open}
          label={rowLabel(section, dialog.row)}
          sectionTitle={t.schema(section.title)}
          onConfirm={() => void plan.deleteRow(sectionId, dialog.row.key)}
          onClose={onClose}
        />
      );
    case 'addAction':
      return (
        <RowFormDialog
          key={key}
          open={open}
          section={actions}
          title={t('row.addActionTitle')}
          mode="create"
          initial={actionFromRow(section, dialog.row)}
          hiddenFields={[LINK_FIELDS.section, LINK_FIELDS.row]}
          intro={<Text>{t('row.addActionIntro', { section: t.schema(section.title), label: rowLabel(section, dialog.row) })}</Text>}
          onSave={(values) => void plan.createRow('actions', values)}
          onClose={onClose}
        />
      );
  }
}
