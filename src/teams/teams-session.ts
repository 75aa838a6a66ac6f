import type * as TeamsSdkModule from './teams-sdk';
import type { HostActions, HostSession, HostTheme, TabConfig } from './host-context';
import { mapTeamsContext } from './map-context';
import { themeFromName } from './theme';

type TeamsSdk = typeof TeamsSdkModule;

/**
 * The config page's Save handshake: Teams keeps Save disabled until `setValidityState(true)` and,
 * on Save, waits for the handler to store the config and call `notifySuccess`.
 */
function configSaver(sdk: TeamsSdk): (config: TabConfig | null) => void {
  let pending: TabConfig | null = null;
  let registered = false;
  return (config) => {
    pending = config;
    if (!registered) {
      registered = true;
      sdk.pages.config.registerOnSaveHandler((event) => {
        const toSave = pending;
        if (!toSave) {
          event.notifyFailure('Choose a plan first.');
          return;
        }
        sdk.pages.config.setConfig({ ...toSave }).then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
    }
    sdk.pages.config.setValidityState(config !== null);
  };
}

/** A session inside Teams: context read once, theme changes followed for as long as the page lives. */
export async function teamsSession(sdk: TeamsSdk): Promise<HostSession> {
  const context = mapTeamsContext(await sdk.app.getContext());
  const themeListeners = new Set<(theme: HostTheme) => void>();
  sdk.app.registerOnThemeChangeHandler((name) => {
    const theme = themeFromName(name);
    if (theme) themeListeners.forEach((listener) => listener(theme));
  });
  let notified = false;
  const actions: HostActions = {
    async shareLink(link) {
      sdk.pages.shareDeepLink({ subPageId: link.route, subPageLabel: link.label, subPageWebUrl: link.webUrl });
      return 'shared';
    },
    setTabConfig: configSaver(sdk),
    notifyReady() {
      if (notified) return;
      notified = true;
      void sdk.app.notifySuccess();
    },
    notifyFailure(message, kind = 'other') {
      if (notified) return;
      notified = true;
      const reason = kind === 'auth' ? sdk.app.FailedReason.AuthFailed : sdk.app.FailedReason.Other;
      sdk.app.notifyFailure({ reason, message });
    },
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
  };
  return { context, actions };
}
