/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ForbiddenError, OfflineError } from '../../src/storage/errors';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from './support/render-tab';

async function editContactName(user: ReturnType<typeof userEvent.setup>, from: string, to: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for "${from}"` }));
  await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
  const dialog = await screen.findByRole('dialog');
  const name = within(dialog).getByRole('textbox', { name: /^Name/ });
  await user.clear(name);
  await user.type(name, to);
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
}

/**
 * The CEM renames a key contact while storage holds its answer, after failing with `failure`
 * (when given): `release` lets storage answer.
 */
async function renameWhileStorageWaits(failure?: Error) {
  const user = userEvent.setup();
  const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
  if (failure) store.failNext(failure);
  renderTab(store, sectionRoute('keyContacts'));
  const release = store.hold();
  await editContactName(user, 'Jo Marsh', 'Jo Marsh-Bell');
  return { user, store, release };
}

describe('saving a change', () => {
  it('shows the change before storage answers', async () => {
    const { store, release } = await renameWhileStorageWaits();

    const grid = await screen.findByRole('grid', { name: 'Key contacts' });
    expect(within(grid).getByText('Jo Marsh-Bell')).toBeInTheDocument();
    expect(store.stored('keyContacts')[0]?.values.ContactName).toBe('Jo Marsh');
    release();
    await waitFor(() => expect(store.stored('keyContacts')[0]?.values.ContactName).toBe('Jo Marsh-Bell'));
  });

  it('keeps a change through a lost connection, says it is waiting, and saves it when storage answers', async () => {
    const { store, release } = await renameWhileStorageWaits(new OfflineError());

    expect(await screen.findByRole('button', { name: '1 change waiting' })).toBeInTheDocument();
    release();
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(store.stored('keyContacts')[0]?.values.ContactName).toBe('Jo Marsh-Bell');
  });

  it('does not open the list of changes by itself once it emptied while open, nor take focus from the page', async () => {
    const { user, store, release } = await renameWhileStorageWaits(new OfflineError());
    await user.click(await screen.findByRole('button', { name: '1 change waiting' }));
    await screen.findByRole('dialog', { name: 'Your changes not yet saved' });
    // Saved while the list is open: the list goes, with nothing left in it.
    release();
    await user.click(screen.getByRole('button', { name: 'Try now' }));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    // The keyboard was in the list: it stays with the status that replaced it.
    await waitFor(() => expect(screen.getByText('All changes saved').closest('[role="status"]')).toHaveFocus());

    // The next change that has to wait is only announced: the list does not spring open and put
    // the keyboard on its "Discard", where the person's next Enter would throw the change away.
    store.failNext(new OfflineError());
    const again = store.hold();
    await editContactName(user, 'Jo Marsh-Bell', 'Jo Marsh-Bell 2');
    expect(await screen.findByRole('button', { name: '1 change waiting' })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('Your changes not yet saved')).not.toBeInTheDocument();
    expect(screen.queryByText('Discard')).not.toBeInTheDocument();
    again();
    await waitFor(() => expect(store.stored('keyContacts')[0]?.values.ContactName).toBe('Jo Marsh-Bell 2'));
  });

  it('puts the row back as it was, and says why, when storage refuses the change', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
    store.failNext(new ForbiddenError('Access denied.'));
    renderTab(store, sectionRoute('keyContacts'));
    await editContactName(user, 'Jo Marsh', 'Jo Marsh-Bell');

    expect(await screen.findByText(/You can read this part of the plan but not change it/)).toBeInTheDocument();
    const grid = await screen.findByRole('grid', { name: 'Key contacts' });
    expect(within(grid).getByText('Jo Marsh')).toBeInTheDocument();
    expect(within(grid).queryByText('Jo Marsh-Bell')).not.toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: '1 not saved' }));
    const list = await screen.findByRole('dialog', { name: 'Your changes not yet saved' });
    expect(within(list).getByText('Changed in Key contacts: Jo Marsh')).toBeInTheDocument();
    // Why, in the catalogue's words, with storage's own (English) words after them, marked as English.
    const said = within(list).getByText('Access denied.');
    expect(said).toHaveAttribute('lang', 'en');
    expect(said.parentElement).toHaveTextContent('Not saved — You can read this part of the plan but not change it. Access denied.');
  });
});
