import { useEffect, useMemo, useState } from 'react';
import type { AppConfig } from '../config/app-config';
import { signInThroughHost } from '../teams';
import { localToken, type TokenProvider } from './create-store';

export interface TokenSeam {
  readonly getToken?: TokenProvider;
  /** Whose device cache to use: the local sample user's email, or the signed-in account. */
  readonly account?: string;
  /** Ends the sign-in: only in tenant mode outside Teams (inside, the app borrows Teams' sign-in). */
  readonly signOut?: () => Promise<void>;
  /** Why sign-in did not finish: src/auth's error, which the UI words in the reader's language. */
  readonly error?: unknown;
}

/**
 * The token seam. Local mode signs requests as the chosen sample user. Tenant mode loads
 * src/auth (and MSAL with it) only then, creates the provider once the host is known (nested app
 * authentication in Teams, a pop-up outside) and signs in silently first.
 */
export function useTokenProvider(config: AppConfig | undefined, localUser: string, inTeams: boolean): TokenSeam {
  const local = useMemo<TokenSeam | undefined>(
    () => (config?.mode === 'local' ? { getToken: localToken(localUser), account: localUser } : undefined),
    [config, localUser],
  );
  const [tenant, setTenant] = useState<TokenSeam>({});
  useEffect(() => {
    if (config?.mode !== 'tenant') return undefined;
    let live = true;
    import(/* webpackChunkName: "auth" */ '../auth')
      .then(async ({ createTokenProvider, serviceScope }) => {
        const provider = await createTokenProvider(config, { isInTeams: inTeams, ...(inTeams && { hostSignIn: signInThroughHost }) });
        // The tab talks only to the plan service, with a token for the service's own API.
        const scopes = [serviceScope(window.location.host, config.clientId)];
        await provider.getToken(scopes);
        const account = provider.account();
        return {
          getToken: () => provider.getToken(scopes),
          account: account ? `${account.tenantId}:${account.username}` : 'signed-in',
          // A Teams client without nested app authentication falls back to pop-ups, so the provider
          // could sign out there; but the person stays signed in to Teams, which owns the sign-in.
          signOut: provider.canSignOut && !inTeams ? () => provider.signOut() : undefined,
        };
      })
      .then(
        (seam) => live && setTenant(seam),
        (error: unknown) => live && setTenant({ error }),
      );
    return () => {
      live = false;
    };
  }, [config, inTeams]);
  return local ?? tenant;
}
