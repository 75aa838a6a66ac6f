import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens, useFocusFinders } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { AppConfig } from '../config/app-config';
import { signInErrorText, useMessages } from '../i18n';
import { LiveConnectionProvider } from '../lib/live/live-connection';
import type { LiveConnection } from '../lib/live/subscribe-plan';
import { ProblemWords } from '../components/ProblemWords';
import { PeopleDirectoryProvider } from '../components/people-directory';
import { NudgesProvider } from '../lib/nudges-context';
import { StoreProvider } from '../lib/store-context';
import { useHost } from '../teams';
import { createAppStorage, serviceBaseUrl, type AppStorage } from './create-store';
import { FailedToHost, ShownToHost, SurfaceErrorBoundary } from './HostOutcome';
import { loadAppConfig } from './load-app-config';
import { initialLocalUser, rememberLocalUser } from './local-demo';
import { LocalDemoContext, type LocalDemo } from './local-demo-context';
import { clearLeftBehind } from './local-demo-switch';
import { SignOutContext } from './sign-out-context';
import { pickSurface } from './surfaces';
import { useSignOut } from './use-sign-out';
import { useTokenProvider } from './use-token-provider';

// Shown only after signing out (its code is fetched once "Sign out" shows, see SignOutButton).
const SignedOutPage = lazy(() => import('../components/SignedOutPage').then((m) => ({ default: m.SignedOutPage })));

const useStyles = makeStyles({
  centre: { display: 'grid', placeItems: 'center', minHeight: '100vh', padding: tokens.spacingHorizontalXL },
});

/** Loads the served config, creates the plan store and opens the surface the URL or host asks for. */
export function ConfiguredApp() {
  const t = useMessages();
  const styles = useStyles();
  const host = useHost();
  const [config, setConfig] = useState<AppConfig>();
  const [configError, setConfigError] = useState<string>();
  const [localUser, setLocalUser] = useState(initialLocalUser);
  // Fluent's focus manager goes when the last component using it does, dropping its pending work:
  // signing out just after a dialog replaces every such component, and the page it leaves would
  // stay hidden from assistive technology. Holding the manager here keeps it for the app's life.
  useFocusFinders();

  useEffect(() => {
    loadAppConfig().then(setConfig, (error: unknown) => setConfigError(error instanceof Error ? error.message : String(error)));
  }, []);

  const { getToken, account, signOut: endSignIn, error: signInError } = useTokenProvider(config, localUser, host.inTeams);
  const [storage, setStorage] = useState<AppStorage>();
  const [storeError, setStoreError] = useState<string>();
  useEffect(() => {
    if (!config || !getToken || !account) return undefined;
    let live = true;
    let created: AppStorage | undefined;
    createAppStorage(config, getToken, account).then(
      (made) => {
        created = made;
        if (live) setStorage(made);
        else made.close();
      },
      (error: unknown) => live && setStoreError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
      // What is waiting stays kept on the device and is sent by the next outbox for this person.
      created?.close();
    };
  }, [config, getToken, account]);
  const { phase: signOutPhase, action: signOut } = useSignOut(storage, endSignIn);
  // The plan service's live stream: the meeting surfaces follow it instead of polling SharePoint.
  const live = useMemo<LiveConnection | undefined>(() => (getToken ? { apiBase: serviceBaseUrl(), getToken } : undefined), [getToken]);
  const demo = useMemo<LocalDemo | undefined>(
    () =>
      config?.mode === 'local'
        ? {
            config,
            email: localUser,
            unsentChanges: () => storage?.outbox.pending().length ?? 0,
            choose: (email) => {
              if (email === localUser) return;
              const unsent = storage?.outbox.pending().length ?? 0;
              rememberLocalUser(email);
              setLocalUser(email);
              // The previous person's cached plans go with the switch (their waiting changes stay).
              if (account) void clearLeftBehind({ siteId: config.siteId, account }, unsent).catch(() => undefined);
            },
          }
        : undefined,
    [config, localUser, storage, account],
  );

  if (signOutPhase.step !== 'signed-in') {
    const signingOut = (
      <div className={styles.centre}>
        <Spinner label={t('signOut.signingOut')} />
      </div>
    );
    if (signOutPhase.step === 'signing-out') return signingOut;
    return (
      <Suspense fallback={signingOut}>
        <div className={styles.centre}>
          <SignedOutPage problem={signOutPhase.step === 'failed' ? signOutPhase.reason : undefined} onSignInAgain={() => window.location.reload()} />
        </div>
        <ShownToHost />
      </Suspense>
    );
  }
  const signInProblem = signInError === undefined ? undefined : signInError instanceof Error ? signInError.message : String(signInError);
  const problem = configError ?? signInProblem ?? storeError;
  if (problem) {
    const words = !configError && signInError !== undefined ? signInErrorText(t, signInError) : { sentence: t('app.cannotStartWhy'), details: [], english: problem };
    return (
      <div className={styles.centre}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('app.cannotStart')}</MessageBarTitle>
            {/* Configuration and storage say why in English: after the reader's own words, marked. */}
            <ProblemWords text={words} />
          </MessageBarBody>
        </MessageBar>
        <FailedToHost reason={problem} kind={!configError && signInProblem ? 'auth' : 'other'} />
      </div>
    );
  }
  const loading = (
    <div className={styles.centre}>
      <Spinner label={t('app.loading')} />
    </div>
  );
  if (!storage) return loading;
  const Surface = pickSurface(window.location.search, host).component;
  return (
    <LocalDemoContext.Provider value={demo}>
      <SignOutContext.Provider value={signOut}>
        <StoreProvider store={storage.store} outbox={storage.outbox} cache={storage.cache} documents={storage.documents}>
          <NudgesProvider nudges={storage.nudges}>
            <PeopleDirectoryProvider search={storage.searchPeople}>
              <LiveConnectionProvider connection={live}>
                <SurfaceErrorBoundary>
                  <Suspense fallback={loading}>
                    <Surface />
                    {/* Suspense shows its children together: this runs once the surface itself is on screen. */}
                    <ShownToHost />
                  </Suspense>
                </SurfaceErrorBoundary>
              </LiveConnectionProvider>
            </PeopleDirectoryProvider>
          </NudgesProvider>
        </StoreProvider>
      </SignOutContext.Provider>
    </LocalDemoContext.Provider>
  );
}
