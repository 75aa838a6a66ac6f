/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanelSurface } from '../../../src/features/meeting';
import { MEETING, strand } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { MEETING_KEY, planWithAgreedMeeting, renderSurface } from './meeting-fixture';

async function openSidePanel() {
  const store = new MemoryPlanStore(planWithAgreedMeeting());
  const view = renderSurface(SidePanelSurface, store);
  await screen.findByRole('heading', { name: 'Kestrel Vale District Council: meeting on 2 Feb 2031' });
  return { store, view, user: userEvent.setup() };
}

describe('recording in the side panel', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('records a decision on the current item, linked to its row, and lists it at once', async () => {
    const { store, user } = await openSidePanel();
    expect(screen.getByRole('heading', { level: 2, name: 'Book the library room for the drop-in' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Decision' }), 'The drop-in moves to the community hub.');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));

    const decisions = screen.getByRole('list', { name: 'Recorded in this meeting' });
    expect(within(decisions).getByText('The drop-in moves to the community hub.')).toBeInTheDocument();
    await waitFor(() => expect(store.creates).toHaveLength(1));
    expect(store.creates[0]).toMatchObject({
      section: 'decisions',
      values: {
        DecisionText: 'The drop-in moves to the community hub.',
        MeetingKey: MEETING_KEY,
        DecidedOn: MEETING,
        Strand: strand(5),
        LinkedSection: 'actions',
        LinkedRowKey: 'a1',
      },
    });
    expect(screen.getByRole('textbox', { name: 'Decision' })).toHaveValue('');
  });

  it('shows that a decision is waiting to be saved until storage has it', async () => {
    const { store, user } = await openSidePanel();
    const release = store.hold();
    await user.type(screen.getByRole('textbox', { name: 'Decision' }), 'Leaflets in four languages.');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByRole('button', { name: '1 change waiting' })).toBeInTheDocument();
    await act(async () => release());
    await waitFor(() => expect(screen.queryByRole('button', { name: '1 change waiting' })).not.toBeInTheDocument());
    expect(store.creates).toHaveLength(1);
  });

  it('refuses an empty decision with a message beside the box, writing nothing', async () => {
    const { store, user } = await openSidePanel();
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(screen.getByText('Decision is required.')).toBeInTheDocument();
    expect(store.creates).toHaveLength(0);
  });

  it('marks the action done, closing it in this meeting', async () => {
    const { store, user } = await openSidePanel();
    await user.click(screen.getByRole('button', { name: 'Mark done: Book the library room for the drop-in' }));
    await waitFor(() => expect(store.updates.some((u) => u.section === 'actions')).toBe(true));
    expect(store.updates.find((u) => u.section === 'actions')?.changes).toEqual({ Status: 'Done', ClosedInMeeting: MEETING_KEY, ClosedOn: MEETING });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Done');
  });

  it('moves to the next item, saving it as the current item and starting the meeting', async () => {
    const { store, user } = await openSidePanel();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/^Item 2 of \d+$/)).toBeInTheDocument();
    await waitFor(() => expect(store.updates.some((u) => u.section === 'meetings')).toBe(true));
    expect(store.updates.find((u) => u.section === 'meetings')?.changes).toMatchObject({ MeetingStatus: 'Live' });
    expect(String(store.updates.find((u) => u.section === 'meetings')?.changes.CurrentItem)).toMatch(/^action:/);
  });
});
