import { PRESENCE_ACTIVITIES, type LivePerson, type MeetingEventData, type PresenceActivity, type PresenceEventData } from '../../storage/live-events';

const MAX_ID_LENGTH = 256;
const FIELDS = ['meetingId', 'itemId', 'activity', 'currentItemId'];

/** A presence message that cannot be passed on, with what is wrong in words for the sender. */
export class PresenceError extends Error {}

function optionalId(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  // Ids are shown to nobody, but they travel to other people's browsers: plain text of sane length only.
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH || /[\u0000-\u001f<>]/.test(value)) {
    throw new PresenceError(`"${name}" must be text of 1 to ${MAX_ID_LENGTH} characters without control characters or markup.`);
  }
  return value;
}

export interface PresenceMessage {
  readonly presence: PresenceEventData;
  /** Set when the sender moved the meeting to another agenda item. */
  readonly meeting?: MeetingEventData;
}

/**
 * `POST /api/v1/plans/{planId}/presence` { meetingId?, itemId?, activity?, currentItemId? }: who
 * the sender is comes from their token, never from the body; `currentItemId` (with `meetingId`)
 * moves the meeting's pointer.
 */
export function readPresence(body: unknown, sender: LivePerson, at: Date): PresenceMessage {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new PresenceError('The body must be a JSON object.');
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) throw new PresenceError(`Unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Allowed: ${FIELDS.join(', ')}.`);
  const meetingId = optionalId(fields, 'meetingId');
  const itemId = optionalId(fields, 'itemId');
  const currentItemId = optionalId(fields, 'currentItemId');
  const activity = fields.activity;
  if (activity !== undefined && !PRESENCE_ACTIVITIES.includes(activity as PresenceActivity)) {
    throw new PresenceError(`"activity" must be one of ${PRESENCE_ACTIVITIES.join(', ')}.`);
  }
  if (currentItemId !== undefined && meetingId === undefined) throw new PresenceError('"currentItemId" needs the "meetingId" it belongs to.');
  const person = { email: sender.email, displayName: sender.displayName };
  const presence: PresenceEventData = {
    ...person,
    ...(meetingId !== undefined && { meetingId }),
    ...(itemId !== undefined && { itemId }),
    ...(activity !== undefined && { activity: activity as PresenceActivity }),
    at: at.toISOString(),
  };
  return currentItemId === undefined ? { presence } : { presence, meeting: { meetingId: meetingId!, currentItemId, by: person } };
}
