/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../src/plan';
import { row } from '../agenda/plan-factory';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from './support/render-tab';

/** The sample plan with two meetings and an action raised in the earlier one. */
function planWithMeetings(): Plan {
  const plan = samplePlan();
  const meetings = [
    row('meetings', 'meet-1', { MeetingDate: '2031-01-08', Kind: 'Introductory', MeetingStatus: 'Closed' }),
    row('meetings', 'meet-2', { MeetingDate: '2031-01-22', Kind: 'Fortnightly review', MeetingStatus: 'Planned' }),
  ];
  const actions = [row('actions', 'act-raised', { ActionTitle: 'Book the hall', Status: 'Open', RaisedInMeeting: 'meet-1' })];
  return { ...plan, sections: { ...plan.sections, meetings, actions } } as Plan;
}

describe('a field that points at a meeting', () => {
  it('is shown by the meeting’s date and kind, not its key, in the row’s details', async () => {
    const user = userEvent.setup();
    // A manager reads the plan: the row opens as details, each value shown as text.
    renderTab(new MemoryPlanStore(planWithMeetings(), PEOPLE.manager), sectionRoute('actions'));
    await user.click(await screen.findByRole('button', { name: 'Actions for "Book the hall"' }));
    await user.click(await screen.findByRole('menuitem', { name: 'View' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('8 Jan 2031 — Introductory')).toBeInTheDocument();
    expect(within(dialog).queryByText('meet-1')).not.toBeInTheDocument();
  });

  it('is chosen from the plan’s meetings, latest first, and stores the meeting’s key', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(planWithMeetings(), PEOPLE.cem);
    renderTab(store, sectionRoute('actions'));
    await user.click(await screen.findByRole('button', { name: 'Add row to Actions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to Actions' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Action/ }), 'Send the leaflet proofs');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Status/ }), 'Open');
    const raised = within(dialog).getByRole('combobox', { name: 'Raised in meeting' });
    expect(within(raised).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not set', '22 Jan 2031 — Fortnightly review', '8 Jan 2031 — Introductory']);
    await user.selectOptions(raised, '22 Jan 2031 — Fortnightly review');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.stored('actions').find((a) => a.values.ActionTitle === 'Send the leaflet proofs')?.values.RaisedInMeeting).toBe('meet-2'));
  });
});
