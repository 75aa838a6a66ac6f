/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from './support/render-tab';

function setup(route: string) {
  const user = userEvent.setup();
  const store = new MemoryPlanStore(samplePlan(), PEOPLE.aclm);
  renderTab(store, route);
  return { user, store };
}

describe('the community priorities matrix', () => {
  it('stores a new cell as its own row: channel group, channel, community and priority', async () => {
    const { user, store } = setup(sectionRoute('communityPriorities'));
    const cell = await screen.findByRole('combobox', { name: 'Priority of Local radio for Farm workers' });
    expect(cell).toHaveValue('');
    await user.selectOptions(cell, 'Medium');

    await waitFor(() =>
      expect(store.stored('communityPriorities').map((r) => r.values)).toContainEqual({
        ChannelGroup: 'Media',
        Channel: 'Local radio',
        Community: 'Farm workers',
        Priority: 'Medium',
      }),
    );
  });

  it('removes the stored row when a cell is cleared', async () => {
    const { user, store } = setup(sectionRoute('communityPriorities'));
    const cell = await screen.findByRole('combobox', { name: 'Priority of Local radio for Boat dwellers' });
    expect(cell).toHaveValue('High');
    await user.selectOptions(cell, 'Not set');
    await waitFor(() => expect(store.stored('communityPriorities').map((r) => r.key)).toEqual(['cell-2']));
  });

  it('adds a community as a column without storing anything until a cell is set', async () => {
    const { user, store } = setup(sectionRoute('communityPriorities'));
    await user.type(await screen.findByRole('textbox', { name: 'New community' }), 'Students');
    await user.click(screen.getByRole('button', { name: 'Add community' }));
    expect(await screen.findByRole('columnheader', { name: 'Students' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Priority of Local radio for Students' })).toHaveValue('');
    expect(store.calls).toEqual([]);
  });
});

describe('the media checklists', () => {
  it('stores a tick per campaign phase', async () => {
    const { user, store } = setup(sectionRoute('supportChecklist'));
    const tick = await screen.findByRole('checkbox', { name: 'Checklist check-1: Act Now' });
    await user.click(tick);
    expect(tick).toBeChecked();
    await waitFor(() => expect(store.stored('supportChecklist')[0]?.values).toMatchObject({ Announce: false, ActNow: true }));
  });
});

describe('the local priorities', () => {
  it('ranks a strand that already has a row, and creates the row for one that has none', async () => {
    const { user, store } = setup(sectionRoute('localPriorities'));
    const localChallenges = await screen.findByRole('radiogroup', { name: 'Local priority for Local challenges' });
    await user.click(within(localChallenges).getByRole('radio', { name: 'Medium' }));
    const liaison = screen.getByRole('radiogroup', { name: 'Local priority for Community liaison' });
    await user.click(within(liaison).getByRole('radio', { name: 'Low' }));

    await waitFor(() => {
      const byStrand = Object.fromEntries(store.stored('localPriorities').map((r) => [r.values.Strand, r.values.Priority]));
      expect(byStrand).toMatchObject({ '2 Local challenges': 'Medium', '3 Community liaison': 'Low' });
    });
  });

  it('saves the notes when focus leaves them', async () => {
    const { user, store } = setup(sectionRoute('localPriorities'));
    const notes = await screen.findByRole('textbox', { name: 'Notes and comments for Address register' });
    await user.type(notes, 'New estates on the edge of town.');
    expect(store.calls).toEqual([]);
    await user.tab();
    await waitFor(() => expect(store.stored('localPriorities')[0]?.values.Notes).toBe('New estates on the edge of town.'));
  });
});
