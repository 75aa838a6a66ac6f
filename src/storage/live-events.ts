import type { RowChange } from './port';

/** Who made a change or sent a presence message, as the signed-in identity says. */
export interface LivePerson {
  readonly email: string;
  readonly displayName: string;
}

/** `change`: rows written or removed, by whom, when (ISO). */
export interface ChangeEventData {
  readonly changes: readonly RowChange[];
  readonly by: LivePerson;
  readonly at: string;
}

export const PRESENCE_ACTIVITIES = ['viewing', 'typing-decision', 'typing-note', 'typing-action', 'typing-concern', 'typing-update', 'presenting', 'away'] as const;
export type PresenceActivity = (typeof PRESENCE_ACTIVITIES)[number];

/** `presence`: who is looking at what; never stored. */
export interface PresenceEventData extends LivePerson {
  readonly meetingId?: string;
  readonly itemId?: string;
  readonly activity?: PresenceActivity;
  readonly at: string;
}

/** `meeting`: the agenda item the meeting is on, moved by someone. */
export interface MeetingEventData {
  readonly meetingId: string;
  readonly currentItemId: string;
  readonly by: LivePerson;
}

/**
 * What an SSE stream sends besides those: `ready` once connected (its id is where to catch up
 * from), `resync` when what happened since the reader's id can no longer be replayed, so the
 * plan must be read again.
 */
export type StreamEventType = 'change' | 'presence' | 'meeting' | 'ready' | 'resync';

/** Outside edits that storage reports without a plan (deletions) go to every open plan through this name. */
export const EVERY_PLAN = '*';
