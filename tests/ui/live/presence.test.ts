import { notePresence, presentPeople, PRESENCE_HEARTBEAT_MS, PRESENCE_TTL_MS, PresenceSender, TYPING_IDLE_MS, TYPING_TTL_MS, type PresenceBook, type PresenceState } from '../../../src/lib/live';
import type { PresenceEventData } from '../../../src/storage/live-events';

const AVA = { email: 'Ava.Lindqvist@census.example', displayName: 'Ava Lindqvist' };
const PRIYA = { email: 'priya.raman@kestrelvale.example', displayName: 'Priya Raman' };

function heard(book: PresenceBook, data: Omit<PresenceEventData, 'at'>, at: number): PresenceBook {
  return notePresence(book, { ...data, at: new Date(at).toISOString() }, at);
}

describe('who is shown as here', () => {
  const empty: PresenceBook = new Map();

  it('shows the others in the same meeting, never the reader, people elsewhere or people who left', () => {
    let book = heard(empty, { ...PRIYA, meetingId: 'm7', itemId: 'i5', activity: 'viewing' }, 0);
    book = heard(book, { ...AVA, meetingId: 'm7', itemId: 'i2', activity: 'viewing' }, 0);
    book = heard(book, { email: 'grace@fenmouth.example', displayName: 'Grace', meetingId: 'm8', activity: 'viewing' }, 0);
    const shown = presentPeople(book, 1000, { meetingId: 'm7', me: 'ava.lindqvist@census.example' });
    expect(shown.map((p) => [p.displayName, p.itemId])).toEqual([['Priya Raman', 'i5']]);

    book = heard(book, { ...PRIYA, meetingId: 'm7', activity: 'away' }, 2000);
    expect(presentPeople(book, 2000, { meetingId: 'm7', me: AVA.email })).toEqual([]);
  });

  it('keeps the latest word from each person and lets stale presence expire', () => {
    let book = heard(empty, { ...PRIYA, meetingId: 'm7', itemId: 'i5', activity: 'viewing' }, 0);
    book = heard(book, { ...PRIYA, meetingId: 'm7', itemId: 'i6', activity: 'viewing' }, 10_000);
    expect(presentPeople(book, 10_000, { meetingId: 'm7', me: undefined }).map((p) => p.itemId)).toEqual(['i6']);
    expect(presentPeople(book, 10_000 + PRESENCE_TTL_MS - 1, { meetingId: 'm7', me: undefined })).toHaveLength(1);
    expect(presentPeople(book, 10_000 + PRESENCE_TTL_MS, { meetingId: 'm7', me: undefined })).toEqual([]);
  });

  it('does not let a second page that says only "here" hide the item the person is on, until that goes stale', () => {
    let book = heard(empty, { ...PRIYA, meetingId: 'm7', itemId: 'i5', activity: 'viewing' }, 0);
    book = heard(book, { ...PRIYA, meetingId: 'm7', activity: 'viewing' }, 1000);
    expect(presentPeople(book, 1000, { meetingId: 'm7', me: undefined })[0]!.itemId).toBe('i5');
    book = heard(book, { ...PRIYA, meetingId: 'm7', activity: 'viewing' }, PRESENCE_TTL_MS);
    expect(presentPeople(book, PRESENCE_TTL_MS, { meetingId: 'm7', me: undefined })[0]!.itemId).toBeUndefined();
  });

  it('shows "typing" only while it is fresh, then only the item', () => {
    const book = heard(empty, { ...PRIYA, meetingId: 'm7', itemId: 'i5', activity: 'typing-decision' }, 0);
    expect(presentPeople(book, TYPING_TTL_MS - 1, { meetingId: 'm7', me: undefined })[0]!.activity).toBe('typing-decision');
    expect(presentPeople(book, TYPING_TTL_MS, { meetingId: 'm7', me: undefined })[0]).toMatchObject({ activity: 'viewing', itemId: 'i5' });
  });
});

describe('saying where this person is', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function sender() {
    const posts: { state: PresenceState; leaving: boolean }[] = [];
    const made = new PresenceSender(async (state, leaving) => {
      posts.push({ state, leaving });
    }, 'm7');
    return { made, posts, activities: () => posts.map((p) => `${p.state.itemId ?? '-'}:${p.state.activity}`) };
  }

  it('posts at once when the item or activity changes, one message for a burst of keystrokes', async () => {
    const { made, activities } = sender();
    made.start();
    made.onItem('i1');
    await jest.advanceTimersByTimeAsync(100);
    for (let key = 0; key < 20; key += 1) {
      made.typing('i1', 'typing-decision');
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(activities()).toEqual(['-:viewing', 'i1:viewing', 'i1:typing-decision']);
    await jest.advanceTimersByTimeAsync(TYPING_IDLE_MS);
    expect(activities().at(-1)).toBe('i1:viewing');
    made.stop();
  });

  it('beats while the page is open so the others keep it, and says "away" on leaving', async () => {
    const { made, posts, activities } = sender();
    made.start();
    made.onItem('i3');
    await jest.advanceTimersByTimeAsync(3 * PRESENCE_HEARTBEAT_MS);
    expect(activities()).toEqual(['-:viewing', 'i3:viewing', 'i3:viewing', 'i3:viewing', 'i3:viewing']);
    made.stop();
    expect(posts.at(-1)).toEqual({ state: { meetingId: 'm7', activity: 'away' }, leaving: true });
    await jest.advanceTimersByTimeAsync(3 * PRESENCE_HEARTBEAT_MS);
    expect(posts.at(-1)!.state.activity).toBe('away');
  });
});
