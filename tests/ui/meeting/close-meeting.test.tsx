/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanelSurface } from '../../../src/features/meeting';
import { NEXT } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { planWithAgreedMeeting, renderSurface } from './meeting-fixture';

describe('closing the meeting from the side panel', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('proposes the next date from the plan, writes the Meetings row and offers the recap', async () => {
    const store = new MemoryPlanStore(planWithAgreedMeeting());
    const user = userEvent.setup();
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderSurface(SidePanelSurface, store);
    await user.type(await screen.findByRole('textbox', { name: 'Decision' }), 'Leaflets go to every surgery.');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));

    await user.click(screen.getByRole('button', { name: 'Close the meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the meeting' });
    expect(within(dialog).getByLabelText('Next meeting')).toHaveValue(NEXT);
    expect(within(dialog).getByText('Proposed from the plan: the partners meet every 14 days.')).toBeInTheDocument();
    expect(within(dialog).getByText('1 decision')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Leaflets agreed; the room is booked.');
    await user.click(within(dialog).getByRole('button', { name: 'Close and write the minutes' }));

    await screen.findByRole('heading', { level: 2, name: 'Minutes of the meeting on 2 Feb 2031' });
    await waitFor(() => expect(store.updates.some((u) => u.changes.MeetingStatus === 'Closed')).toBe(true));
    const closing = store.updates.find((u) => u.changes.MeetingStatus === 'Closed')!;
    expect(closing.changes).toMatchObject({ NextMeetingDate: NEXT, CurrentItem: null, Summary: 'Leaflets agreed; the room is booked.' });
    expect(String(closing.changes.Minutes)).toContain('Summary\nLeaflets agreed; the room is booked.');
    expect(String(closing.changes.Minutes)).toContain('- Leaflets go to every surgery.');

    await user.click(screen.getByRole('button', { name: 'Copy for the meeting chat' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('- Leaflets go to every surgery.'));
    expect(await screen.findByText('Copied. Paste it into the meeting chat.')).toBeInTheDocument();
  });
});
