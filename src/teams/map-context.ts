import type { app } from '@microsoft/teams-js';
import type { HostContext, HostFrame } from './host-context';
import { themeFromName } from './theme';

const FRAMES: readonly HostFrame[] = ['content', 'settings', 'remove', 'sidePanel', 'meetingStage', 'task'];

function frameOf(frameContext: string | undefined): HostFrame {
  return FRAMES.find((f) => f === frameContext) ?? 'content';
}

/** Teams' context, reduced to what the app uses (no Teams types leave this folder). */
export function mapTeamsContext(context: app.Context): HostContext {
  const { user, team, channel } = context;
  return {
    inTeams: true,
    hostName: String(context.app.host.name),
    frame: frameOf(context.page.frameContext),
    theme: themeFromName(context.app.theme) ?? 'light',
    locale: context.app.locale || 'en-GB',
    ...(user && {
      user: {
        id: user.id,
        ...(user.displayName && { displayName: user.displayName }),
        ...(user.userPrincipalName && { userPrincipalName: user.userPrincipalName }),
        ...(user.tenant?.id && { tenantId: user.tenant.id }),
      },
    }),
    ...(team && { team: { id: team.internalId, ...(team.displayName && { displayName: team.displayName }) } }),
    ...(channel && { channel: { id: channel.id, ...(channel.displayName && { displayName: channel.displayName }) } }),
    ...(context.meeting?.id && { meetingId: context.meeting.id }),
    ...(context.chat?.id && { chatId: context.chat.id }),
    ...(context.page.id && { entityId: context.page.id }),
    ...(context.page.subPageId && { subPageId: context.page.subPageId }),
  };
}
