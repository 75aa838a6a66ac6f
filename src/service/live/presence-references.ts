import { ApiError } from '../http/api-error';
import { checkAgendaItemId } from '../rights/agenda-references';
import type { RowPlanLookup } from '../rights/row-plans';
import type { PresenceMessage } from './presence';

/**
 * Refuses presence that points into another plan: a `meetingId` that is a meeting of another
 * plan (400 `meetingNotInPlan`), an item id naming a row of another plan (400 `rowNotInPlan`).
 * A key no row has yet is let through where presence may come first, as for rows that point at
 * meetings: a meeting linked a moment ago may reach SharePoint after the first presence message
 * about it, and a meeting's agenda may still list a row someone has since deleted. Moving the
 * meeting's pointer (`currentItemId`) is about a meeting that is there: the app moves it by
 * writing that meeting's row, so a meeting no one has is refused too.
 */
export async function checkPresenceReferences(planOf: RowPlanLookup, planId: string, message: PresenceMessage): Promise<void> {
  const { meetingId, itemId } = message.presence;
  if (meetingId !== undefined) {
    const owner = await planOf('meetings', meetingId);
    if ((owner !== undefined || message.meeting) && owner !== planId) {
      throw new ApiError(400, 'meetingNotInPlan', `"meetingId": "${meetingId}" is not a meeting of this plan. Presence is about the plan's own meetings.`);
    }
  }
  if (itemId !== undefined) await checkAgendaItemId(planOf, planId, '"itemId"', itemId);
  if (message.meeting) await checkAgendaItemId(planOf, planId, '"currentItemId"', message.meeting.currentItemId);
}
