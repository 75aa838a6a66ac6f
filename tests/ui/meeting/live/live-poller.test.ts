import { LivePoller, type LiveStatus } from '../../../../src/lib/live';
import { OfflineError, ThrottledError } from '../../../../src/storage/errors';
import type { SectionId } from '../../../../src/plan';
import type { RowChange } from '../../../../src/storage/port';
import { action } from '../../../agenda/plan-factory';
import { FakeChangeFeed } from '../../../support/fake-change-feed';

describe('LivePoller', () => {
  let feed: FakeChangeFeed;
  let seen: RowChange[][];
  let resynced: SectionId[][];
  let statuses: LiveStatus[];
  let poller: LivePoller;

  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
    feed = new FakeChangeFeed();
    seen = [];
    resynced = [];
    statuses = [];
    poller = new LivePoller({
      store: feed,
      sections: ['decisions', 'actions'],
      onChanges: (changes) => seen.push([...changes]),
      onResync: (sections) => resynced.push([...sections]),
      onStatus: (status) => statuses.push(status),
    });
  });

  afterEach(() => {
    poller.stop();
    jest.useRealTimers();
  });

  it('takes a cursor first and then reports only what changed after it', async () => {
    feed.upsert(action('before'));
    poller.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(feed.calls[0]?.cursor).toBeUndefined();
    expect(seen).toEqual([]);

    feed.upsert(action('after'));
    await jest.advanceTimersByTimeAsync(1000);
    expect(seen.map((batch) => batch.map((c) => (c.kind === 'upsert' ? c.row.key : c.id)))).toEqual([['after']]);
    expect(feed.calls[1]?.sections).toEqual(['decisions', 'actions']);
    expect(statuses.at(-1)).toBe('live');
  });

  it('has the plan read again once the cursor is taken, and reports later changes only after that', async () => {
    let finishReading!: () => void;
    const onCursor = jest.fn(() => new Promise<void>((resolve) => (finishReading = resolve)));
    const reading = new LivePoller({ store: feed, sections: ['decisions'], onChanges: (changes) => seen.push([...changes]), onCursor });
    reading.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(onCursor).toHaveBeenCalledTimes(1);
    feed.upsert(action('written-meanwhile'));
    await jest.advanceTimersByTimeAsync(5000);
    expect(feed.calls).toHaveLength(1);
    finishReading();
    await jest.advanceTimersByTimeAsync(0);
    expect(seen.flat().map((c) => (c.kind === 'upsert' ? c.row.key : c.id))).toEqual(['written-meanwhile']);
    expect(onCursor).toHaveBeenCalledTimes(1);
    reading.stop();
  });

  it('asks for a reload when storage had to read sections afresh', async () => {
    poller.start();
    await jest.advanceTimersByTimeAsync(0);
    feed.resyncNext('decisions');
    await jest.advanceTimersByTimeAsync(1000);
    expect(resynced).toEqual([['decisions']]);
  });

  it('polls at most once a second, counted from the start of each poll', async () => {
    poller.start();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(feed.calls).toHaveLength(11);
    const gaps = feed.calls.slice(1).map((call, i) => call.at - feed.calls[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
  });

  it('never starts a poll while the previous one is still waiting for its answer', async () => {
    feed.answerAfter(2500);
    poller.start();
    await jest.advanceTimersByTimeAsync(10_000);
    const gaps = feed.calls.slice(1).map((call, i) => call.at - feed.calls[i]!.at);
    expect(feed.calls.length).toBeGreaterThan(1);
    expect(gaps.every((gap) => gap >= 2500)).toBe(true);
  });

  it('backs off after errors, doubling the wait, and recovers', async () => {
    poller.start();
    await jest.advanceTimersByTimeAsync(0);
    feed.fail(new OfflineError(), new OfflineError());
    await jest.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toBe('retrying');
    const failedAt = feed.calls.length;
    await jest.advanceTimersByTimeAsync(1999);
    expect(feed.calls).toHaveLength(failedAt);
    await jest.advanceTimersByTimeAsync(1);
    expect(feed.calls).toHaveLength(failedAt + 1);
    await jest.advanceTimersByTimeAsync(3999);
    expect(feed.calls).toHaveLength(failedAt + 1);
    await jest.advanceTimersByTimeAsync(1);
    expect(feed.calls).toHaveLength(failedAt + 2);
    expect(statuses.at(-1)).toBe('live');
  });

  it('waits at least as long as a throttled answer asks', async () => {
    poller.start();
    await jest.advanceTimersByTimeAsync(0);
    feed.fail(new ThrottledError(12_000));
    await jest.advanceTimersByTimeAsync(1000);
    const throttledAt = feed.calls.length;
    await jest.advanceTimersByTimeAsync(11_999);
    expect(feed.calls).toHaveLength(throttledAt);
    await jest.advanceTimersByTimeAsync(1);
    expect(feed.calls).toHaveLength(throttledAt + 1);
  });

  it('slows down while the page is hidden and catches up as soon as it is shown', async () => {
    poller.start();
    await jest.advanceTimersByTimeAsync(0);
    poller.setHidden(true);
    await jest.advanceTimersByTimeAsync(9_999);
    expect(feed.calls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(feed.calls).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(3000);
    poller.setHidden(false);
    await jest.advanceTimersByTimeAsync(0);
    expect(feed.calls).toHaveLength(3);
  });

  it('stops polling when stopped, even with an answer on its way', async () => {
    feed.answerAfter(500);
    poller.start();
    await jest.advanceTimersByTimeAsync(100);
    poller.stop();
    feed.upsert(action('late'));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(feed.calls).toHaveLength(1);
    expect(seen).toEqual([]);
    expect(statuses.at(-1)).toBe('stopped');
  });
});
