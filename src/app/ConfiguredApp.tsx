import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { AppConfig } from '../config/app-config';
import { useMessages } from '../i18n';
import { StoreProvider } from '../lib/store-context';
import { useHost } from '../teams';
import { createAppStorage, localToken, type AppStorage, type TokenProvider } from './create-store';
import { loadAppConfig } from './load-app-config';
import { initialLocalUser, rememberLocalUser } from './local-demo';
import { LocalDemoContext, type LocalDemo } from './local-demo-context';
import { pickSurface } from './surfaces';

const useStyles = makeStyles({
  centre: { display: 'grid', placeItems: 'center', minHeight: '100vh', padding: tokens.spacingHorizontalXL },
});

/**
 * The token seam: local mode signs requests as the chosen sample user; tenant mode will take its
 * provider from src/auth. Undefined while no provider exists for the mode.
 */
function tokenProviderFor(config: AppConfig, localUser: string): TokenProvider | undefined {
  return config.mode === 'local' ? localToken(localUser) : undefined;
}

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

  const getToken = useMemo(() => config && tokenProviderFor(config, localUser), [config, localUser]);
  const [storage, setStorage] = useState<AppStorage>();
  const [storeError, setStoreError] = useState<string>();
  useEffect(() => {
    if (!config || !getToken) return undefined;
    let live = true;
    createAppStorage(config, getToken, localUser).then(
      (created) => live && setStorage(created),
      (error: unknown) => live && setStoreError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [config, getToken, localUser]);
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

  const problem = configError ?? storeError ?? (config && !getToken ? t('app.noSignIn') : undefined);
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
      <StoreProvider store={storage.store} cache={storage.cache}>
        <Suspense fallback={loading}>
          <Surface />
        </Suspense>
      </StoreProvider>
    </LocalDemoContext.Provider>
  );
}
