import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useMessages } from '../i18n';

/** Asks before an edited form is thrown away (Escape or a click outside an edited dialog). */
export function DiscardChangesDialog({ open, onDiscard, onKeep }: { open: boolean; onDiscard(): void; onKeep(): void }) {
  const t = useMessages();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('dialog.discardTitle')}</DialogTitle>
          <DialogContent>{t('dialog.discardBody')}</DialogContent>
          <DialogActions>
            {/* The safe choice first, where focus lands. */}
            <Button appearance="primary" onClick={onKeep}>
              {t('dialog.keepEditing')}
            </Button>
            <Button appearance="secondary" onClick={onDiscard}>
              {t('dialog.discard')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
