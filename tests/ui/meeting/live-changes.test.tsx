/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import { StageSurface } from '../../../src/features/meeting';
import { LIVE_INTERVAL_MS } from '../../../src/lib/live';
import type { AnyRow } from '../../../src/plan';
import { MEETING, row } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { agreedAgenda, MEETING_KEY, planWithAgreedMeeting, renderSurface } from './meeting-fixture';

async function openStage() {
  const store = new MemoryPlanStore(planWithAgreedMeeting());
  renderSurface(StageSurface, store);
  // Loading, then the first poll (it only takes the cursor), then the plan read again: all at once.
  for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
  expect(screen.getByText('Live')).toBeInTheDocument();
  return store;
}

const decisionsList = () => screen.getByRole('list', { name: 'Recorded in this meeting' });

describe('the stage following the meeting live', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('shows and announces a decision another participant records, at the next poll', async () => {
    const store = await openStage();
    expect(screen.getByText('Nothing recorded yet.')).toBeInTheDocument();

    store.editAsSomeoneElse('decisions', 'd-remote', { DecisionText: 'Posters go up in every surgery.', MeetingKey: MEETING_KEY, DecidedOn: MEETING });
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));

    expect(within(decisionsList()).getByText('Posters go up in every surgery.')).toBeInTheDocument();
    expect(screen.getByText('New decision: Posters go up in every surgery.')).toHaveAttribute('aria-live', 'polite');
  });

  it('marks an action another participant closed as done beside its item', async () => {
    const store = await openStage();
    const item = () => screen.getByText(/Book the library room/, { selector: 'p' });
    expect(within(item()).queryByText('Done')).not.toBeInTheDocument();
    store.editAsSomeoneElse('actions', 'a1', { Status: 'Done', ClosedInMeeting: MEETING_KEY, ClosedOn: MEETING });
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
    expect(within(item()).getByText('Done')).toBeInTheDocument();
  });

  it('moves the highlight when the side panel moves to another item', async () => {
    const store = await openStage();
    const items = () => within(screen.getByRole('list', { name: 'Agenda' })).getAllByRole('listitem');
    const third = agreedAgenda().items[2]!;
    expect(items()[0]).toHaveAttribute('aria-current', 'step');
    store.editAsSomeoneElse('meetings', MEETING_KEY, { CurrentItem: third.id, MeetingStatus: 'Live' });
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
    expect(items()[0]).toHaveAttribute('aria-current', 'step');
    expect(items()[0]).toHaveTextContent(`3. ${third.title}`);
    expect(screen.getByText(`Item 3 of ${agreedAgenda().items.length}`)).toBeInTheDocument();
  });

  it('leaves out decisions of other meetings and rows of other plans', async () => {
    const store = await openStage();
    store.editAsSomeoneElse('decisions', 'd-other', { DecisionText: 'Decided at another meeting.', MeetingKey: 'kestrel-vale/meeting-1' });
    const elsewhere = row('decisions', 'd-fenmouth', { DecisionText: 'Decided in another plan.', MeetingKey: MEETING_KEY });
    store.feed.upsert({ ...elsewhere, planId: 'fenmouth' } as AnyRow);
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
    expect(screen.queryByText('Decided at another meeting.')).not.toBeInTheDocument();
    expect(screen.queryByText('Decided in another plan.')).not.toBeInTheDocument();
    expect(screen.getByText('Nothing recorded yet.')).toBeInTheDocument();
  });

  it('slows down while the tab is hidden and catches up as soon as it is shown again', async () => {
    const store = await openStage();
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
    const hiddenCalls = store.feed.calls.length;
    await act(() => jest.advanceTimersByTimeAsync(5 * LIVE_INTERVAL_MS));
    expect(store.feed.calls).toHaveLength(hiddenCalls);

    store.editAsSomeoneElse('decisions', 'd-late', { DecisionText: 'Seen on coming back.', MeetingKey: MEETING_KEY });
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(within(decisionsList()).getByText('Seen on coming back.')).toBeInTheDocument();
    visibility.mockRestore();
  });

  it('stops polling once the meeting is closed', async () => {
    const store = await openStage();
    store.editAsSomeoneElse('meetings', MEETING_KEY, { MeetingStatus: 'Closed' });
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));
    expect(screen.getByText('This meeting is closed.')).toBeInTheDocument();
    const calls = store.feed.calls.length;
    await act(() => jest.advanceTimersByTimeAsync(10 * LIVE_INTERVAL_MS));
    expect(store.feed.calls).toHaveLength(calls);
  });
});

describe('everything the meeting records, on the stage', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('shows concerns, notes, updates and raised actions with owner, due date and who recorded them, newest first', async () => {
    const store = await openStage();
    store.editAsSomeoneElse('concernsRaised', 'c-new', { Concern: 'Caravans are not on the register.', Month: 'February 2031', RaisedInMeeting: MEETING_KEY }, 'Priya Shah');
    store.editAsSomeoneElse('meetingNotes', 'n-new', { Note: 'The hub is free on Tuesdays.', MeetingKey: MEETING_KEY }, 'Ava Lindqvist');
    store.editAsSomeoneElse('communityUpdates', 'u-new', { Community: 'Boat dwellers', Activity: 'Met at the lock.', UpdateDate: MEETING, RaisedInMeeting: MEETING_KEY });
    store.editAsSomeoneElse('actions', 'a-new', { ActionTitle: 'Ask the hub for a quiet room', Owner: 'ACLM', DueDate: '2031-02-09', Status: 'Open', RaisedInMeeting: MEETING_KEY }, 'Priya Shah');
    await act(() => jest.advanceTimersByTimeAsync(LIVE_INTERVAL_MS));

    const feed = within(decisionsList());
    expect(feed.getByText('Caravans are not on the register.')).toBeInTheDocument();
    expect(feed.getByText('The hub is free on Tuesdays.')).toBeInTheDocument();
    expect(feed.getByText('Met at the lock.')).toBeInTheDocument();
    expect(feed.getByText('ACLM · 9 Feb 2031 · recorded by Priya Shah')).toBeInTheDocument();
    // The item on screen shows its own actions with owner and due date.
    expect(within(screen.getByRole('list', { name: 'Actions on this item' })).getByText(/ACLM · 30 Jan 2031 · Open/)).toBeInTheDocument();
  });
});
