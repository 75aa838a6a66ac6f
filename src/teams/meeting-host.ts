import type { HostContext } from './host-context';

/**
 * What a meeting surface asks of the host: sharing the app to the meeting stage and passing text
 * on to the meeting chat. Only public teams-js 2.58 APIs: the stage calls work from the side panel
 * and the stage itself with the stage RSC permission; the chat has no app API to post into, so
 * text goes through Teams' share dialog where the host offers it, else the clipboard.
 */
type Where = Pick<HostContext, 'inTeams' | 'frame'>;

function teamsJs() {
  return import('./teams-sdk');
}

function failure(error: { errorCode: number; message?: string }): Error {
  return new Error(error.message || `Teams refused the request (code ${error.errorCode}).`);
}

/** True when this user may share the app to the stage from here (Teams' side panel or stage only). */
export async function canShareToStage(where: Where): Promise<boolean> {
  if (!where.inTeams || (where.frame !== 'sidePanel' && where.frame !== 'meetingStage')) return false;
  const { meeting } = await teamsJs();
  return new Promise((resolve) => {
    meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
      resolve(error === null && capabilities?.doesAppHaveSharePermission === true),
    );
  });
}

/** Puts `url` (one of the app's own pages) on the meeting stage for everyone in the call. */
export async function shareToStage(url: string): Promise<void> {
  const { meeting } = await teamsJs();
  return new Promise((resolve, reject) => {
    meeting.shareAppContentToStage((error) => (error ? reject(failure(error)) : resolve()), url);
  });
}

/** Copies text: Teams' clipboard inside Teams (a framed page may not use the browser's), else the browser's. */
export async function copyText(where: Where, text: string): Promise<void> {
  if (where.inTeams) {
    const { clipboard } = await teamsJs();
    if (clipboard.isSupported()) {
      await clipboard.write(new Blob([text], { type: 'text/plain' }));
      return;
    }
  }
  if (!navigator.clipboard) throw new Error('This browser does not allow copying from the page.');
  await navigator.clipboard.writeText(text);
}

/** Whether the host has a share dialog that can carry a message (Teams' "share to Teams"). */
export async function canShareText(where: Where): Promise<boolean> {
  if (!where.inTeams) return false;
  const { sharing } = await teamsJs();
  return sharing.isSupported();
}

/** Opens Teams' share dialog with the text as its message and a link to the page it came from. */
export async function shareText(text: string, url: string): Promise<void> {
  const { sharing } = await teamsJs();
  await sharing.shareWebContent({ content: [{ type: 'URL', url, message: text, preview: true }] });
}
