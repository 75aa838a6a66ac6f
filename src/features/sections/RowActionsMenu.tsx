import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner, useRestoreFocusTarget } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, EyeRegular, LinkRegular, MoreHorizontalRegular, TaskListAddRegular } from '@fluentui/react-icons';
import type { AnyRow } from '../../plan';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { RowDialog } from './RowDialogs';

export interface RowActionsMenuProps {
  readonly row: AnyRow;
  readonly label: string;
  readonly canEdit: boolean;
  readonly canAddAction: boolean;
  readonly saving: boolean;
  open(dialog: RowDialog): void;
  copyLink(row: AnyRow): void;
}

/** The "…" menu on a row: edit or view, add an action linked to it, copy its link, delete. */
export function RowActionsMenu({ row, label, canEdit, canAddAction, saving, open, copyLink }: RowActionsMenuProps) {
  const t = useFullMessages();
  // The row's dialogs give focus back here when they close (Save, Delete or Cancel).
  const restoreFocus = useRestoreFocusTarget();
  return (
    <>
      {saving && <Spinner size="extra-tiny" label={t('row.saving')} labelPosition="after" />}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={t('row.actionsFor', { label })} {...restoreFocus} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {canEdit ? (
              <MenuItem icon={<EditRegular />} onClick={() => open({ kind: 'edit', row })}>
                {t('action.edit')}
              </MenuItem>
            ) : (
              <MenuItem icon={<EyeRegular />} onClick={() => open({ kind: 'view', row })}>
                {t('action.view')}
              </MenuItem>
            )}
            {canAddAction && (
              <MenuItem icon={<TaskListAddRegular />} onClick={() => open({ kind: 'addAction', row })}>
                {t('row.addAction')}
              </MenuItem>
            )}
            <MenuItem icon={<LinkRegular />} onClick={() => copyLink(row)}>
              {t('link.copy')}
            </MenuItem>
            {canEdit && (
              <MenuItem icon={<DeleteRegular />} onClick={() => open({ kind: 'delete', row })}>
                {t('action.delete')}
              </MenuItem>
            )}
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  );
}
