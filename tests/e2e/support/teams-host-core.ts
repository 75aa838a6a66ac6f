/**
 * The host side of teams-js's postMessage protocol, as @microsoft/teams-js 2.58.0 speaks it (read
 * from node_modules/@microsoft/teams-js/dist/esm/.../internal/communication.js, appHelpers.js,
 * public/app/app.js and runtime.js). The names are the SDK's internal protocol, so the version is
 * pinned here and checked by the spec:
 *
 * - the app sends `{ id, uuidAsString, func, args, apiVersionTag, … }`; the host answers a request
 *   with `{ id, uuidAsString, args }` and sends events as `{ func, args }` with no numeric id;
 * - `initialize` is answered `[frameContext, clientType, runtimeConfig (JSON), clientSupportedSDKVersion]`;
 * - `getContext` is answered with the legacy (v1) context, which the SDK maps to `app.Context`;
 * - `appInitialization.success` / `appInitialization.failure` [reason, message] end the loading indicator;
 * - `themeChange` [theme] is the event the SDK passes to `registerOnThemeChangeHandler`.
 *
 * Framed, the app posts to `window.parent` and the host answers on the frame's window. Frameless (Teams
 * mobile), the app calls `window.nativeInterface.framelessPostMessage(json)` and the host answers by
 * calling `window.onNativeMessage({ data })`.
 *
 * `installHostCore` runs inside the browser (serialised with `toString()`), so it uses nothing from
 * outside its own body.
 */
export const PINNED_TEAMS_JS_VERSION = '2.58.0';

export type HostFrameContext = 'content' | 'settings' | 'remove' | 'sidePanel' | 'meetingStage';

export interface HostScenario {
  /** Where the host page lives, e.g. https://teams.microsoft.com; unused when frameless. */
  readonly hostOrigin: string;
  readonly hostName: 'Teams' | 'Outlook' | 'Office';
  readonly clientType: 'web' | 'desktop' | 'android' | 'ios';
  readonly frameContext: HostFrameContext;
  /** Teams' theme names: default, dark, contrast. */
  readonly theme: 'default' | 'dark' | 'contrast';
  readonly locale: string;
  readonly entityId?: string;
  readonly subEntityId?: string;
  readonly meetingId?: string;
  readonly chatId?: string;
  readonly user: { readonly id: string; readonly displayName: string; readonly userPrincipalName: string; readonly tenantId: string };
  /** How long the host waits for notifySuccess before showing its own error (Teams: 30 s). */
  readonly watchdogMs: number;
}

/** What the host saw, reported to the test as it happens. */
export type HostEvent =
  | { readonly type: 'request'; readonly func: string; readonly args: readonly unknown[] }
  | { readonly type: 'success' }
  | { readonly type: 'failure'; readonly reason: string; readonly message: string }
  | { readonly type: 'watchdog' };

export interface HostTransport {
  /** Sends a message to the app: an answer or an event. */
  post(message: unknown): void;
  report(event: HostEvent): void;
}

export interface HostCore {
  receive(message: unknown): void;
  setTheme(theme: HostScenario['theme']): void;
}

export function installHostCore(scenario: HostScenario, transport: HostTransport): HostCore {
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: {
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      meeting: {},
      sharing: {},
      clipboard: {},
      teamsCore: {},
      dialog: { url: {} },
    },
  };
  const context = {
    locale: scenario.locale,
    theme: scenario.theme,
    frameContext: scenario.frameContext,
    hostName: scenario.hostName,
    hostClientType: scenario.clientType,
    appSessionId: 'simulated-session',
    entityId: scenario.entityId,
    subEntityId: scenario.subEntityId,
    meetingId: scenario.meetingId,
    chatId: scenario.chatId,
    userObjectId: scenario.user.id,
    userDisplayName: scenario.user.displayName,
    userPrincipalName: scenario.user.userPrincipalName,
    loginHint: scenario.user.userPrincipalName,
    tid: scenario.user.tenantId,
  };
  let settled = false;
  // Teams starts its loading-indicator clock when it loads the tab.
  const watchdog = setTimeout(() => settle({ type: 'watchdog' }), scenario.watchdogMs);

  const answer = (request: { id: number; uuidAsString?: string }, args: unknown[]) =>
    transport.post({ id: request.id, uuidAsString: request.uuidAsString, args });

  const settle = (event: HostEvent) => {
    if (settled) return;
    settled = true;
    clearTimeout(watchdog);
    transport.report(event);
  };

  function receive(message: unknown): void {
    if (!message || typeof message !== 'object') return;
    const request = message as { id: number; uuidAsString?: string; func?: unknown; args?: unknown[] };
    if (typeof request.func !== 'string' || typeof request.id !== 'number') return;
    const args = Array.isArray(request.args) ? request.args : [];
    transport.report({ type: 'request', func: request.func, args });
    switch (request.func) {
      case 'initialize':
        answer(request, [scenario.frameContext, scenario.clientType, JSON.stringify(runtime), '2.58.0']);
        return;
      case 'getContext':
        answer(request, [context]);
        return;
      case 'appInitialization.success':
        settle({ type: 'success' });
        return;
      case 'appInitialization.failure':
        settle({ type: 'failure', reason: String(args[0]), message: String(args[1] ?? '') });
        return;
      case 'settings.setSettings':
        answer(request, [true]);
        return;
      case 'meeting.getAppContentStageSharingCapabilities':
        answer(request, [null, { doesAppHaveSharePermission: scenario.frameContext === 'sidePanel' }]);
        return;
      case 'meeting.shareAppContentToStage':
        answer(request, [null, true]);
        return;
      default:
        answer(request, []);
    }
  }

  return {
    receive,
    setTheme(theme) {
      context.theme = theme;
      transport.post({ func: 'themeChange', args: [theme] });
    },
  };
}
