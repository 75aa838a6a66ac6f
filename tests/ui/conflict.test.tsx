/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from './support/render-tab';

/** Opens Key contacts, then someone else saves `theirs` to the contact this user is about to change. */
async function openWithTheirChange(theirs: Record<string, string>) {
  const user = userEvent.setup();
  const store = new MemoryPlanStore(samplePlan(), PEOPLE.cem);
  renderTab(store, sectionRoute('keyContacts'));
  await screen.findByRole('grid', { name: 'Key contacts' });
  store.editAsSomeoneElse('keyContacts', 'contact-1', theirs);
  return { user, store };
}

/** Edits the contact through its form: each labelled box gets the value given. */
async function editContact(user: ReturnType<typeof userEvent.setup>, values: Record<string, string>) {
  await user.click(await screen.findByRole('button', { name: 'Actions for "Jo Marsh"' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
  const dialog = await screen.findByRole('dialog');
  for (const [label, value] of Object.entries(values)) {
    const box = within(dialog).getByRole('textbox', { name: label });
    await user.clear(box);
    await user.type(box, value);
  }
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
}

const conflictDialog = () => screen.findByRole('alertdialog', { name: 'Someone else changed this row' });

/** Someone else renames the organisation while this user has the row open, then this user saves theirs. */
async function saveOverSomeoneElse() {
  const { user, store } = await openWithTheirChange({ Organisation: 'Kestrel Vale Council' });
  await editContact(user, { Organisation: 'Kestrel Vale Library Service' });
  return { user, store, dialog: await conflictDialog() };
}

describe('when someone else saved the row first', () => {
  it('shows both versions field by field, and "Keep mine" saves mine over theirs', async () => {
    const { user, store, dialog } = await saveOverSomeoneElse();
    const comparison = within(dialog).getByRole('table');
    const row = within(comparison).getByRole('row', { name: /Organisation/ });
    expect(within(row).getByText('Kestrel Vale Library Service')).toBeInTheDocument();
    expect(within(row).getByText('Kestrel Vale Council')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(store.stored('keyContacts')[0]?.values.Organisation).toBe('Kestrel Vale Library Service'));
  });

  it('"Take theirs" shows the saved version and sends nothing more', async () => {
    const { user, store, dialog } = await saveOverSomeoneElse();
    const writesBefore = store.calls.length;
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    const grid = await screen.findByRole('grid', { name: 'Key contacts' });
    expect(within(grid).getByText('Kestrel Vale Council')).toBeInTheDocument();
    expect(store.calls.length).toBe(writesBefore);
  });
});

describe('merging two versions', () => {
  it('keeps the field chosen from each version and saves the merge', async () => {
    const { user, store } = await openWithTheirChange({ Organisation: 'Kestrel Vale Council', ContactRole: 'Their role' });
    await editContact(user, { Organisation: 'Library Service', Role: 'My role' });

    const dialog = await conflictDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Merge…' }));
    expect(within(dialog).getByRole('button', { name: 'Save merged' })).toBeDisabled();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Which version of Organisation to keep' }), 'Saved');
    await user.click(within(dialog).getByRole('button', { name: 'Save merged' }));

    await waitFor(() => expect(store.stored('keyContacts')[0]?.values).toMatchObject({ Organisation: 'Kestrel Vale Council', ContactRole: 'My role' }));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });
});

describe('deleting a row someone else changed', () => {
  async function deleteChangedRow() {
    const { user, store } = await openWithTheirChange({ Organisation: 'Kestrel Vale Council' });
    await user.click(await screen.findByRole('button', { name: 'Actions for "Jo Marsh"' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    return { user, store, dialog: await conflictDialog() };
  }

  it('asks first, and "Keep the row" keeps it with their change', async () => {
    const { user, store, dialog } = await deleteChangedRow();
    expect(store.stored('keyContacts')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Keep the row' }));
    const grid = await screen.findByRole('grid', { name: 'Key contacts' });
    expect(await within(grid).findByText('Kestrel Vale Council')).toBeInTheDocument();
    expect(store.stored('keyContacts')).toHaveLength(1);
  });

  it('"Delete anyway" removes it', async () => {
    const { user, store, dialog } = await deleteChangedRow();
    await user.click(within(dialog).getByRole('button', { name: 'Delete anyway' }));
    await waitFor(() => expect(store.stored('keyContacts')).toHaveLength(0));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Actions for "Jo Marsh"' })).not.toBeInTheDocument());
  });
});
