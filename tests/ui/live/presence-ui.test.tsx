/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { MeetingDetailsSurface, SidePanelSurface } from '../../../src/features/meeting';
import { LiveConnectionProvider, PRESENCE_TTL_MS } from '../../../src/lib/live';
import type { AnyRow } from '../../../src/plan';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { agreedAgenda, MEETING_KEY, planWithAgreedMeeting, planWithoutMeeting, renderSurface } from '../meeting/meeting-fixture';
import { FakeLiveService } from './fake-live-service';
import { fakeTimersOnACleanPage } from './page-timers';

const PRIYA = { email: 'priya.raman@kestrelvale.example', displayName: 'Priya Raman' };
const AVA = { email: 'ava.lindqvist@census.example', displayName: 'Ava Lindqvist' };
const settle = () => act(() => jest.advanceTimersByTimeAsync(0));

/** A meeting surface as the app opens it: over the store, following the plan service's stream. */
async function open(Surface: ComponentType, store: MemoryPlanStore) {
  const service = new FakeLiveService();
  const connection = service.connection();
  const Live = () => (
    <LiveConnectionProvider connection={connection}>
      <Surface />
    </LiveConnectionProvider>
  );
  renderSurface(Live, store);
  for (let step = 0; step < 3; step += 1) await settle();
  await act(async () => {
    service.ready();
    await jest.advanceTimersByTimeAsync(0);
  });
  return service;
}

const said = (service: FakeLiveService, act_: () => void) =>
  act(async () => {
    act_();
    await jest.advanceTimersByTimeAsync(0);
  });
const others = () => screen.queryByRole('list', { name: 'Also here' });

describe('presence in the meeting', () => {
  fakeTimersOnACleanPage();

  it('shows where the other person is and what they type, politely announced, and never the reader', async () => {
    const service = await open(SidePanelSurface, new MemoryPlanStore(planWithAgreedMeeting()));
    const third = agreedAgenda().items[2]!;
    await said(service, () => service.presenceOf({ ...AVA, meetingId: MEETING_KEY, itemId: third.id, activity: 'viewing' }));
    expect(others()).not.toBeInTheDocument();

    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, itemId: third.id, activity: 'viewing' }));
    expect(within(others()!).getByText('Priya Raman is on item 3')).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Priya Raman is on item 3')).toBe(true);

    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, itemId: third.id, activity: 'typing-decision' }));
    expect(within(others()!).getByText('Priya Raman is typing a decision')).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Priya Raman is typing a decision')).toBe(true);

    // She stops typing: shown, but not announced again.
    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, itemId: third.id, activity: 'viewing' }));
    expect(within(others()!).getByText('Priya Raman is on item 3')).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Priya Raman is on item 3')).toBe(false);

    // She types on after a pause, and moves on: the typing is not said twice in a minute, the move is.
    const fourth = agreedAgenda().items[3]!;
    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, itemId: fourth.id, activity: 'viewing' }));
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Priya Raman is on item 4')).toBe(true);
    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, itemId: fourth.id, activity: 'typing-decision' }));
    expect(within(others()!).getByText('Priya Raman is typing a decision')).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Priya Raman is typing a decision')).toBe(false);
  });

  it('drops someone who has not been heard of for a while, and someone who left', async () => {
    const service = await open(SidePanelSurface, new MemoryPlanStore(planWithAgreedMeeting()));
    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, activity: 'viewing' }));
    expect(others()).toBeInTheDocument();
    await act(() => jest.advanceTimersByTimeAsync(PRESENCE_TTL_MS + 5000));
    expect(others()).not.toBeInTheDocument();

    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, activity: 'viewing' }));
    expect(others()).toBeInTheDocument();
    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, activity: 'away' }));
    expect(others()).not.toBeInTheDocument();
  });

  it('tells the others the item this person is on and that they are typing a decision', async () => {
    const service = await open(SidePanelSurface, new MemoryPlanStore(planWithAgreedMeeting()));
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await act(() => jest.advanceTimersByTimeAsync(100));
    const first = agreedAgenda().items[0]!;
    expect(service.presence.at(-1)!.body).toEqual({ meetingId: MEETING_KEY, itemId: first.id, activity: 'viewing' });

    await user.type(screen.getByRole('textbox', { name: 'Decision' }), 'Posters go up');
    await act(() => jest.advanceTimersByTimeAsync(100));
    expect(service.presence.at(-1)!.body).toEqual({ meetingId: MEETING_KEY, itemId: first.id, activity: 'typing-decision' });
    // One message for the whole phrase, not one per keystroke.
    expect(service.presence.filter((p) => p.body.activity === 'typing-decision')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await act(() => jest.advanceTimersByTimeAsync(100));
    expect(service.presence.at(-1)!.body).toMatchObject({ itemId: agreedAgenda().items[1]!.id, activity: 'viewing' });
  });

  it('keeps the details tab live: the other person agreeing the agenda shows without a reload', async () => {
    const store = new MemoryPlanStore(planWithoutMeeting());
    const service = await open(MeetingDetailsSurface, store);
    expect(await screen.findByText('Proposed')).toBeInTheDocument();
    const agreed = planWithAgreedMeeting().sections.meetings[0]! as AnyRow;
    await said(service, () => service.send('change', { changes: [{ kind: 'upsert', row: { ...agreed, etag: '"{g},99"' } }], by: PRIYA, at: new Date().toISOString() }));
    expect(screen.getByText('Agreed')).toBeInTheDocument();
    await said(service, () => service.presenceOf({ ...PRIYA, meetingId: MEETING_KEY, activity: 'viewing' }));
    expect(within(others()!).getByText('Priya Raman has the agenda open')).toBeInTheDocument();
  });
});
