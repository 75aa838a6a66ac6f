import { lazy, Suspense } from 'react';
import { useSignOutAction } from './sign-out-context';

// Only a tenant's tab in a plain browser signs out, so the button is not worth the first download.
const SignOutButton = lazy(() => import('./SignOutButton').then((m) => ({ default: m.SignOutButton })));

/** "Sign out" where the app owns the sign-in; nothing in local mode or inside Teams. */
export function SignOutButtonOnDemand() {
  const action = useSignOutAction();
  if (!action) return null;
  return (
    <Suspense fallback={null}>
      <SignOutButton action={action} />
    </Suspense>
  );
}
