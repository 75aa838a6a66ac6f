import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import { useMessages } from '../../i18n';

/** Asks before a row goes: deleting is the one change there is no undo button for. */
export function DeleteRowDialog({ label, sectionTitle, onConfirm, onClose }: { label: string; sectionTitle: string; onConfirm(): void; onClose(): void }) {
  const t = useMessages();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('delete.title')}</DialogTitle>
          <DialogContent>{t('delete.body', { label, section: sectionTitle })}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t('action.cancel')}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={() => {
                onConfirm();
                onClose();
              }}
            >
              {t('action.delete')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
