import { PRESENCE_ACTIVITIES, type PresenceActivity } from '../../storage/live-events';
import { PRESENCE_HEARTBEAT_MS } from './presence-book';
import type { LiveConnection } from './subscribe-plan';

/** What this page says about its person: the meeting, the item they are on, what they are doing. */
export interface PresenceState {
  readonly meetingId: string;
  readonly itemId?: string;
  readonly activity: PresenceActivity;
}

/** After this long without a keystroke, "typing" goes back to "viewing". */
export const TYPING_IDLE_MS = 5000;
/** Changes this close together go as one message (a keystroke and a move, say). */
const COALESCE_MS = 50;

export type TypingActivity = Extract<PresenceActivity, `typing-${string}`>;

/** "typing-decision" for a decision form, and so on; undefined for a kind of record presence has no words for. */
export function typingActivity(kind: string): TypingActivity | undefined {
  const activity = `typing-${kind}`;
  return (PRESENCE_ACTIVITIES as readonly string[]).includes(activity) ? (activity as TypingActivity) : undefined;
}

export type PostPresence = (state: PresenceState, leaving: boolean) => Promise<void>;

/** Posts presence to the plan service; the sender's name comes from their token there, never from here. */
export function servicePresencePost(connection: LiveConnection, planId: string): PostPresence {
  const fetchImpl = connection.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return async (state, leaving) => {
    const token = await connection.getToken();
    await fetchImpl(`${connection.apiBase}/plans/${encodeURIComponent(planId)}/presence`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ meetingId: state.meetingId, ...(state.itemId !== undefined && { itemId: state.itemId }), activity: state.activity }),
      // A page that is closing still gets its "away" out.
      keepalive: leaving,
    });
  };
}

/**
 * Tells the others where this person is: at once when it changes (coalesced), again every
 * heartbeat so they know the page is still there, "away" when it stops. Presence is best effort:
 * a failed post is forgotten, the next beat says it again.
 */
export class PresenceSender {
  private state: PresenceState;
  private sentText: string | undefined;
  private beat: ReturnType<typeof setInterval> | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(
    private readonly post: PostPresence,
    meetingId: string,
  ) {
    this.state = { meetingId, activity: 'viewing' };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.send();
    this.beat = setInterval(() => this.send(true), PRESENCE_HEARTBEAT_MS);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.beat);
    clearTimeout(this.pending);
    clearTimeout(this.idle);
    void this.post({ meetingId: this.state.meetingId, activity: 'away' }, true).catch(() => undefined);
  }

  /** This person is on `itemId` (looking, not typing). */
  onItem(itemId: string | undefined): void {
    clearTimeout(this.idle);
    this.update({ meetingId: this.state.meetingId, ...(itemId !== undefined && { itemId }), activity: 'viewing' });
  }

  /** A keystroke in a record form on `itemId`: "typing" until they pause. */
  typing(itemId: string, activity: TypingActivity): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.update({ ...this.state, activity: 'viewing' }), TYPING_IDLE_MS);
    this.update({ meetingId: this.state.meetingId, itemId, activity });
  }

  private update(next: PresenceState): void {
    this.state = next;
    if (!this.running || this.pending !== undefined) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.send();
    }, COALESCE_MS);
  }

  private send(again = false): void {
    const text = JSON.stringify(this.state);
    // The same words twice in a row only as a heartbeat: typing on sends nothing new.
    if (!again && text === this.sentText) return;
    this.sentText = text;
    void this.post(this.state, false).catch(() => {
      this.sentText = undefined;
    });
  }
}
