/**
 * What the app knows about where it runs, the same shape inside Teams and in a plain browser, so
 * that nothing outside this folder needs to know which it is.
 */
export type HostTheme = 'light' | 'dark' | 'contrast';

/** Teams' frame contexts the app cares about, plus `browser` for a page opened outside Teams. */
export type HostFrame = 'content' | 'settings' | 'remove' | 'sidePanel' | 'meetingStage' | 'task' | 'browser';

export interface HostUser {
  readonly id: string;
  readonly displayName?: string;
  /** The user principal name, usually the email; guests' UPNs differ, so storage's `whoAmI` wins. */
  readonly userPrincipalName?: string;
  readonly tenantId?: string;
}

export interface HostContext {
  readonly inTeams: boolean;
  readonly hostName: string;
  readonly frame: HostFrame;
  readonly theme: HostTheme;
  readonly locale: string;
  readonly user?: HostUser;
  readonly team?: { readonly id: string; readonly displayName?: string };
  readonly channel?: { readonly id: string; readonly displayName?: string };
  readonly meetingId?: string;
  readonly chatId?: string;
  /** The tab instance's entity id (set by our config page). */
  readonly entityId?: string;
  /** A deep link's target inside the tab: one of our hash routes. */
  readonly subPageId?: string;
}

/** Why the app could not start, as the host distinguishes it: sign-in failed, or anything else. */
export type HostFailure = 'auth' | 'other';

/** What the configuration page asks Teams to save for a tab. */
export interface TabConfig {
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
}

export interface ShareLinkInput {
  /** Our hash route, e.g. "/plan/kestrel-vale/section/keyContacts?row=k1". */
  readonly route: string;
  readonly label: string;
  /** The same place as a plain web address, for clients that cannot open the deep link. */
  readonly webUrl: string;
}

/** What the host can do for the app. Outside Teams each has a browser equivalent. */
export interface HostActions {
  /** Teams: its share-link dialog; browser: the web address copied to the clipboard. */
  shareLink(link: ShareLinkInput): Promise<'shared' | 'copied'>;
  /** Config page: what Save will store, or null while nothing valid is chosen (Save disabled). */
  setTabConfig(config: TabConfig | null): void;
  /** Hides the host's loading indicator once the first view is on screen. Only the first of these two calls counts. */
  notifyReady(): void;
  /** Tells the host the app cannot start and why; the host then shows its own error and Retry. */
  notifyFailure(message: string, kind?: HostFailure): void;
  /** Calls back with the new theme whenever the host (or the browser) changes it. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
}

export interface HostSession {
  readonly context: HostContext;
  readonly actions: HostActions;
}
