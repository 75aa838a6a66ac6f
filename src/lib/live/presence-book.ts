import type { PresenceActivity, PresenceEventData } from '../../storage/live-events';

/**
 * Presence is never stored: each browser says again where it is every `PRESENCE_HEARTBEAT_MS`,
 * and whoever has not been heard of for `PRESENCE_TTL_MS` (three beats missed: a closed laptop, a
 * dropped call) is no longer shown.
 */
export const PRESENCE_HEARTBEAT_MS = 15_000;
export const PRESENCE_TTL_MS = 45_000;
/** "Typing" not heard again for this long is shown as only being on the item (the sender stopped, or went). */
export const TYPING_TTL_MS = 10_000;

/** What one other person last said, and when this browser heard it (its own clock: never the sender's). */
export interface SeenPresence extends PresenceEventData {
  readonly heardAt: number;
}

/** Who else is here, by lower-cased email: the latest word from each. */
export type PresenceBook = ReadonlyMap<string, SeenPresence>;

/**
 * The book with `data` heard now. One person often has two pages open (the details tab and the
 * side panel, both theirs): a page that says only "here" does not hide, while it is fresh, what
 * the other page said of the item they are on.
 */
export function notePresence(book: PresenceBook, data: PresenceEventData, now: number): PresenceBook {
  const email = data.email.toLowerCase();
  const held = book.get(email);
  const onlyHere = data.itemId === undefined && data.activity !== 'away';
  if (onlyHere && held?.itemId !== undefined && held.meetingId === data.meetingId && now - held.heardAt < PRESENCE_TTL_MS) return book;
  const next = new Map(book);
  next.set(email, { ...data, heardAt: now });
  return next;
}

function isTyping(activity: PresenceActivity | undefined): boolean {
  return activity !== undefined && activity.startsWith('typing-');
}

export interface PresenceFilter {
  /** Only people in this meeting (its Meetings row key). */
  readonly meetingId: string;
  /** The signed-in person, whom nobody needs to be told about. */
  readonly me: string | undefined;
}

/**
 * The people to show now, by name: in the same meeting, not the reader, heard from lately, not
 * gone ('away'); a "typing" gone stale is shown as viewing.
 */
export function presentPeople(book: PresenceBook, now: number, { meetingId, me }: PresenceFilter): SeenPresence[] {
  const self = me?.toLowerCase();
  return [...book.entries()]
    .filter(([email, seen]) => email !== self && seen.meetingId === meetingId && seen.activity !== 'away' && now - seen.heardAt < PRESENCE_TTL_MS)
    .map(([, seen]) => (isTyping(seen.activity) && now - seen.heardAt >= TYPING_TTL_MS ? { ...seen, activity: 'viewing' as const } : seen))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The same people, as text that changes only when what is shown would (so re-rendering is not announced). */
export function presenceSignature(people: readonly SeenPresence[]): string {
  return people.map((p) => `${p.email}|${p.itemId ?? ''}|${p.activity ?? ''}`).join('\n');
}
