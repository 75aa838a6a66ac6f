/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanelSurface } from '../../../src/features/meeting';
import { makePlan, meeting, MEETING } from '../../agenda/plan-factory';
import { fakeTimersOnACleanPage } from '../live/page-timers';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { MEETING_KEY, planWithAgreedMeeting, planWithoutMeeting, renderSurface } from './meeting-fixture';

/** The side panel by keyboard: Ctrl+Enter records, and focus never falls to the page after a press. */
async function openSidePanel(plan = planWithAgreedMeeting()) {
  const store = new MemoryPlanStore(plan);
  renderSurface(SidePanelSurface, store);
  for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  return { store, user };
}

describe('the side panel by keyboard', () => {
  fakeTimersOnACleanPage();

  it('records a decision with Ctrl+Enter and keeps the keyboard in the box for the next one', async () => {
    const { store, user } = await openSidePanel();
    const box = await screen.findByRole('textbox', { name: 'Decision' });
    await user.type(box, 'Leaflets go to every surgery.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(store.creates.map((c) => c.values.DecisionText)).toEqual(['Leaflets go to every surgery.']);
    expect(screen.getByRole('textbox', { name: 'Decision' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Decision' })).toHaveFocus();
  });

  it('keeps focus on Mark done once the action is done', async () => {
    const { user } = await openSidePanel();
    const button = await screen.findByRole('button', { name: 'Mark done: Book the library room for the drop-in' });
    button.focus();
    await user.keyboard('{Enter}');
    await act(() => jest.advanceTimersByTimeAsync(0));
    const after = screen.getByRole('button', { name: 'Mark done: Book the library room for the drop-in' });
    expect(after).toHaveTextContent('Done');
    expect(after).toHaveFocus();
  });

  it('moves focus to the first item when the agenda is agreed in the panel', async () => {
    const plan = makePlan({}, [...planWithoutMeeting().sections.actions, meeting(MEETING_KEY, MEETING, { MeetingStatus: 'Planned' })]);
    const { user } = await openSidePanel(plan);
    await user.click(await screen.findByRole('button', { name: 'Agree the proposed agenda' }));
    await act(() => jest.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('heading', { level: 2, name: 'Book the library room for the drop-in' })).toHaveFocus();
  });
});
