import type { HostActions, HostContext, HostSession, HostTheme } from './host-context';
import { themeFromName } from './theme';

const DARK = '(prefers-color-scheme: dark)';
const FORCED_COLOURS = '(forced-colors: active)';

function mediaMatches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** The browser's own preference: forced colours (Windows contrast themes) first, then dark or light. */
function preferredTheme(): HostTheme {
  if (mediaMatches(FORCED_COLOURS)) return 'contrast';
  return mediaMatches(DARK) ? 'dark' : 'light';
}

/** `?theme=dark|light|contrast` overrides the browser, so tests and screenshots can pick one. */
function themeOverride(): HostTheme | undefined {
  return themeFromName(new URLSearchParams(window.location.search).get('theme'));
}

function followBrowserTheme(listener: (theme: HostTheme) => void): () => void {
  if (themeOverride() || typeof window.matchMedia !== 'function') return () => undefined;
  const queries = [window.matchMedia(DARK), window.matchMedia(FORCED_COLOURS)];
  const onChange = () => listener(preferredTheme());
  queries.forEach((q) => q.addEventListener('change', onChange));
  return () => queries.forEach((q) => q.removeEventListener('change', onChange));
}

const browserActions: HostActions = {
  async shareLink(link) {
    await navigator.clipboard.writeText(link.webUrl);
    return 'copied';
  },
  // Outside Teams there is no Save button to enable: the config page offers its own "Open".
  setTabConfig: () => undefined,
  notifyReady: () => undefined,
  notifyFailure: () => undefined,
  onThemeChange: followBrowserTheme,
};

/** The context of a page opened in a plain browser (or a frame that is not Teams). */
export function browserSession(): HostSession {
  const context: HostContext = {
    inTeams: false,
    hostName: 'browser',
    frame: 'browser',
    theme: themeOverride() ?? preferredTheme(),
    locale: navigator.language || 'en-GB',
  };
  return { context, actions: browserActions };
}
