/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from './support/render-tab';

async function openAddContact() {
  const user = userEvent.setup();
  const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
  renderTab(store, sectionRoute('keyContacts'));
  await user.click(await screen.findByRole('button', { name: 'Add row to Key contacts' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add to Key contacts' });
  return { user, store, dialog };
}

describe('when Escape is pressed in an edited row form', () => {
  it('asks first; "Keep editing" keeps what was typed and "Discard" closes without saving', async () => {
    const { user, store, dialog } = await openAddContact();
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.type(name, 'Lee Harding');
    await user.keyboard('{Escape}');

    expect(await within(dialog).findByText('Discard your changes?')).toBeInTheDocument();
    const keep = within(dialog).getByRole('button', { name: 'Keep editing' });
    expect(keep).toHaveFocus();
    await user.click(keep);
    await waitFor(() => expect(within(dialog).queryByText('Discard your changes?')).not.toBeInTheDocument());
    expect(name).toHaveValue('Lee Harding');
    expect(name).toHaveFocus();

    await user.keyboard('{Escape}');
    await user.click(await within(dialog).findByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add to Key contacts' })).not.toBeInTheDocument());
    expect(store.calls).toEqual([]);
  });

  it('closes at once when nothing was changed', async () => {
    const { user } = await openAddContact();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add to Key contacts' })).not.toBeInTheDocument());
    expect(screen.queryByText('Discard your changes?')).not.toBeInTheDocument();
  });
});
