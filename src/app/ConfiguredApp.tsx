import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { AppConfig } from '../config/app-config';
import { useMessages } from '../i18n';
import { StoreProvider } from '../lib/store-context';
import { useHost } from '../teams';
import { createAppStorage, type AppStorage } from './create-store';
import { loadAppConfig } from './load-app-config';
import { initialLocalUser, rememberLocalUser } from './local-demo';
import { LocalDemoContext, type LocalDemo } from './local-demo-context';
import { pickSurface } from './surfaces';
import { useTokenProvider } from './use-token-provider';

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

  useEffect(() => {
    loadAppConfig().then(setConfig, (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      setConfigError(message);
      host.actions.notifyFailure(message);
    });
  }, [host.actions]);

  const { getToken, account, error: signInError } = useTokenProvider(config, localUser, host.inTeams);
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
        else made.outbox.stop();
      },
      (error: unknown) => live && setStoreError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
      // What is waiting stays kept on the device and is sent by the next outbox for this person.
      created?.outbox.stop();
    };
  }, [config, getToken, account]);
  const demo = useMemo<LocalDemo | undefined>(
    () =>
      config?.mode === 'local'
        ? {
            config,
            email: localUser,
            choose: (email) => {
              rememberLocalUser(email);
              setLocalUser(email);
            },
          }
        : undefined,
    [config, localUser],
  );

  const problem = configError ?? signInError ?? storeError;
  if (problem) {
    return (
      <div className={styles.centre}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('app.cannotStart')}</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
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
      <StoreProvider store={storage.store} outbox={storage.outbox} cache={storage.cache}>
        <Suspense fallback={loading}>
          <Surface />
        </Suspense>
      </StoreProvider>
    </LocalDemoContext.Provider>
  );
}
