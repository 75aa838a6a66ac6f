import { Button, useRestoreFocusTarget } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useClosingValue } from '../components/use-closing-value';
import { useFullMessages } from '../i18n/use-full-messages';
import type { SignOutAction } from './sign-out-context';

const loadDialog = () => import('../components/SignOutDialog').then((m) => ({ default: m.SignOutDialog }));
const SignOutDialog = lazy(loadDialog);

/**
 * "Sign out", where the app has a sign-in of its own (tenant mode in a plain browser). When
 * changes have not reached SharePoint yet it asks first, since signing out deletes them.
 */
export function SignOutButton({ action }: { action: SignOutAction }) {
  const t = useFullMessages();
  const [unsent, setUnsent] = useState<number>();
  const { shown, open } = useClosingValue(unsent);
  // Not a DialogTrigger (the question is asked only sometimes), so mark where focus returns.
  const restoreFocus = useRestoreFocusTarget();
  // The question and the signed-out page matter most when the network is gone, so their code is
  // fetched while it is not.
  useEffect(() => {
    void loadDialog().catch(() => undefined);
    void import('../components/SignedOutPage').catch(() => undefined);
  }, []);

  const start = async () => {
    const count = await action.unsentChanges();
    if (count > 0) setUnsent(count);
    else action.signOut();
  };
  return (
    <>
      <Button appearance="subtle" onClick={() => void start()} {...restoreFocus}>
        {t('signOut.button')}
      </Button>
      {shown !== undefined && (
        <Suspense fallback={null}>
          <SignOutDialog unsent={shown} open={open} onStay={() => setUnsent(undefined)} onSignOut={action.signOut} />
        </Suspense>
      )}
    </>
  );
}
