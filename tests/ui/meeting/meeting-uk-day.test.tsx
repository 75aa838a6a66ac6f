/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseSavedAgenda } from '../../../src/agenda';
import { MeetingDetailsSurface, SidePanelSurface } from '../../../src/features/meeting';
import { makePlan, meeting } from '../../agenda/plan-factory';
import { fakeTimersOnACleanPage } from '../live/page-timers';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { MEETING_KEY, planWithoutMeeting, renderSurface } from './meeting-fixture';

/**
 * A new meeting starts on the UK's day, where the plan is kept, whatever zone the device is set
 * to: at 00:30 on 1 July 2027 in London a laptop on UTC (or further west) still says 30 June.
 */
const UK_JUST_AFTER_MIDNIGHT = new Date('2027-06-30T23:30:00Z');

/** The device reads its calendar day as a machine on UTC does, whatever zone runs the tests. */
function deviceOnUtc() {
  jest.spyOn(Date.prototype, 'getFullYear').mockImplementation(function (this: Date) { return this.getUTCFullYear(); });
  jest.spyOn(Date.prototype, 'getMonth').mockImplementation(function (this: Date) { return this.getUTCMonth(); });
  jest.spyOn(Date.prototype, 'getDate').mockImplementation(function (this: Date) { return this.getUTCDate(); });
}

describe("a new meeting's date", () => {
  fakeTimersOnACleanPage();
  afterEach(() => jest.restoreAllMocks());

  it('is the UK day, not the device’s, when the details tab agrees the agenda', async () => {
    jest.setSystemTime(UK_JUST_AFTER_MIDNIGHT);
    deviceOnUtc();
    const store = new MemoryPlanStore(planWithoutMeeting());
    renderSurface(MeetingDetailsSurface, store);
    for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
    await screen.findByRole('heading', { level: 1, name: /Agenda for/ });
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });

    await user.click(screen.getByRole('button', { name: 'Agree the agenda' }));

    const dates = store.creates.filter((c) => c.section === 'meetings').map((c) => c.values.MeetingDate);
    expect(dates).toEqual(['2027-07-01']);
  });

  it('is the UK day, not the device’s, when the side panel agrees the proposal for a meeting with no date', async () => {
    jest.setSystemTime(UK_JUST_AFTER_MIDNIGHT);
    deviceOnUtc();
    const store = new MemoryPlanStore(makePlan({}, [...planWithoutMeeting().sections.actions, meeting(MEETING_KEY, '', { MeetingStatus: 'Planned' })]));
    renderSurface(SidePanelSurface, store);
    for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });

    await user.click(await screen.findByRole('button', { name: 'Agree the proposed agenda' }));
    await act(() => jest.advanceTimersByTimeAsync(0));

    const agreed = store.updates.flatMap((u) => (u.changes.AgendaSnapshot ? [parseSavedAgenda(String(u.changes.AgendaSnapshot)).meetingDate] : []));
    expect(agreed).toEqual(['2027-07-01']);
  });
});
