import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import { useFirstActionFocus } from '../../components/use-first-action-focus';
import { useFullMessages } from '../../i18n/use-full-messages';

/** Asks before a row goes: deleting is the one change there is no undo button for. */
export function DeleteRowDialog({
  label,
  sectionTitle,
  open,
  onConfirm,
  onClose,
}: {
  label: string;
  sectionTitle: string;
  open: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  const t = useFullMessages();
  const surfaceRef = useFirstActionFocus(open);
  return (
    // No closing animation, for the same reason as the row form: an answer may open another modal.
    <Dialog open={open} modalType="alert" surfaceMotion={null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface ref={surfaceRef}>
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
                onClose();
                // As the row form does: act once this dialog is gone.
                window.setTimeout(onConfirm, 0);
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
