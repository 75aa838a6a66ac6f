/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveAgenda } from '../../../src/agenda';
import { SidePanelSurface } from '../../../src/features/meeting';
import { proposedAgenda } from '../../../src/features/meeting/meeting-agenda';
import { action, makePlan, meeting, MEETING, row } from '../../agenda/plan-factory';
import { fakeTimersOnACleanPage } from '../live/page-timers';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { MEETING_KEY, renderSurface } from './meeting-fixture';

/**
 * What the agenda flags in the call (an offer not confirmed, a checklist gap) is dealt with from
 * the side panel, through the same outbox as every other record of the meeting.
 */
const rows = [
  action('a1', { ActionTitle: 'Send the leaflet proofs', Owner: 'CEM', DueDate: '2031-02-20' }),
  row('practicalSupport', 'ps1', { Description: 'Hall for team briefings', NeededFrom: '2031-02-05', NeededFromText: 'w/c 5 Feb', Confirmed: 'TBC' }),
  row('supportChecklist', 'sc1', { Item: 'Shared the census posts', Announce: false }),
];

async function openOn(itemId: string) {
  const agenda = proposedAgenda(makePlan({}, rows), MEETING, MEETING_KEY);
  const plan = makePlan({}, [...rows, meeting(MEETING_KEY, MEETING, { MeetingStatus: 'Live', CurrentItem: itemId, AgendaSnapshot: saveAgenda(agenda) })]);
  const store = new MemoryPlanStore(plan);
  renderSurface(SidePanelSurface, store);
  for (let step = 0; step < 3; step += 1) await act(() => jest.advanceTimersByTimeAsync(0));
  await screen.findByRole('navigation', { name: 'Move through the agenda' });
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  return { store, user };
}

const saved = () => act(() => jest.advanceTimersByTimeAsync(0));

describe('in-call controls for what the agenda flags', () => {
  fakeTimersOnACleanPage();

  describe('when the item is an offer', () => {
    const offer = () => screen.getByRole('group', { name: 'Offer: Hall for team briefings' });

    it('confirms it, and focus stays on the button', async () => {
      const { store, user } = await openOn('offer:ps1');
      await user.click(within(offer()).getByRole('button', { name: 'Confirm: Hall for team briefings' }));
      await saved();
      expect(store.updates.map((u) => [u.section, u.changes])).toEqual([['practicalSupport', { Confirmed: 'Yes' }]]);
      const button = within(offer()).getByRole('button', { name: 'Confirm: Hall for team briefings' });
      expect(button).toHaveTextContent('Confirmed');
      expect(button).toHaveFocus();
    });

    it('gives it a new date once the person is done with the field, replacing the words as written', async () => {
      const { store } = await openOn('offer:ps1');
      const date = within(offer()).getByLabelText('Needed from') as HTMLInputElement;
      expect(date.value).toBe('2031-02-05');
      act(() => date.focus());
      fireEvent.change(date, { target: { value: '2031-02-1' } });
      fireEvent.change(date, { target: { value: '2031-02-12' } });
      expect(store.updates).toHaveLength(0);
      fireEvent.blur(date);
      await saved();
      expect(store.updates.map((u) => u.changes)).toEqual([{ NeededFrom: '2031-02-12', NeededFromText: null }]);
    });

    it('drops it from the plan only after a second press, and keeping it changes nothing', async () => {
      const { store, user } = await openOn('offer:ps1');
      await user.click(within(offer()).getByRole('button', { name: 'Drop: Hall for team briefings' }));
      expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(store.deletes).toHaveLength(0);
      expect(within(offer()).getByRole('button', { name: 'Drop: Hall for team briefings' })).toHaveFocus();

      await user.click(within(offer()).getByRole('button', { name: 'Drop: Hall for team briefings' }));
      await user.click(screen.getByRole('button', { name: 'Yes, drop it' }));
      await saved();
      expect(store.deletes.map((d) => d.section)).toEqual(['practicalSupport']);
      expect(screen.queryByRole('group', { name: 'Offer: Hall for team briefings' })).not.toBeInTheDocument();
      expect(screen.getByText('Offer dropped: Hall for team briefings')).toBeInTheDocument();
    });
  });

  describe('when the item is a checklist gap', () => {
    it('ticks the gap for the phase, saved at once, and the box keeps focus', async () => {
      const { store, user } = await openOn('checklist:Announce');
      const gap = screen.getByRole('group', { name: 'Checklist: Shared the census posts' });
      const box = within(gap).getByRole('checkbox', { name: 'Ticked for Announce' });
      await user.click(box);
      await saved();
      expect(store.updates.map((u) => [u.section, u.changes])).toEqual([['supportChecklist', { Announce: true }]]);
      expect(within(gap).getByRole('checkbox', { name: 'Ticked for Announce' })).toBeChecked();
      expect(within(gap).getByRole('checkbox', { name: 'Ticked for Announce' })).toHaveFocus();
    });
  });
});
