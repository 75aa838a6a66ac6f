/** The only door to @microsoft/teams-js: everything else uses these types, the provider and hook. */
export type { HostContext, HostFailure, HostFrame, HostTheme, HostUser, ShareLinkInput, TabConfig } from './host-context';
export { HOST_TIMEOUT_MS, detectHost } from './detect-host';
export { HostProvider, useHost, type Host } from './HostProvider';
export { useMeetingHost, type MeetingHost } from './use-meeting-host';
export { returnToHost, signInThroughHost } from './host-sign-in';
