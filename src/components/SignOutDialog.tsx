import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import { useFullMessages } from '../i18n/use-full-messages';
import { useFirstActionFocus } from './use-first-action-focus';

/** Asks before signing out loses changes that have not reached SharePoint; staying is the first choice. */
export function SignOutDialog({
  unsent,
  open,
  onStay,
  onSignOut,
}: {
  /** How many changes have not reached SharePoint. */
  unsent: number;
  open: boolean;
  onStay(): void;
  onSignOut(): void;
}) {
  const t = useFullMessages();
  const surfaceRef = useFirstActionFocus(open);
  return (
    // No closing animation: signing out replaces the page, which must not stay hidden behind a modal.
    <Dialog open={open} modalType="alert" surfaceMotion={null} onOpenChange={(_, data) => !data.open && onStay()}>
      <DialogSurface ref={surfaceRef}>
        <DialogBody>
          <DialogTitle>{t('signOut.unsentTitle')}</DialogTitle>
          <DialogContent>{t.plural('signOut.unsent', unsent)}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t('signOut.stay')}</Button>
            </DialogTrigger>
            <Button
              appearance="secondary"
              onClick={() => {
                onStay();
                // As the row dialogs do: act once this dialog is gone.
                window.setTimeout(onSignOut, 0);
              }}
            >
              {t('signOut.anyway')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
