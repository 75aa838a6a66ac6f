/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ForbiddenError } from '../../src/storage/errors';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, samplePlan, sectionRoute } from './support/render-tab';

function sectionRegion(name: string) {
  return screen.getByRole('region', { name });
}

describe('when the ACLM opens a page with a CEM-only section', () => {
  it('marks the CEM-only section read only, with no add, edit or delete, and leaves the council section editable', async () => {
    const user = userEvent.setup();
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.aclm), sectionRoute('keyContacts'));
    await screen.findByRole('heading', { level: 1, name: 'Key contacts and communications' });

    const planned = sectionRegion('Planned communication between partners');
    expect(within(planned).getByText('Read only')).toBeInTheDocument();
    expect(within(planned).getByText(/^The CEM edits this section\. To suggest a change, raise it at the next meeting/)).toBeInTheDocument();
    expect(within(planned).getByRole('button', { name: 'Copy a link to this section' })).toBeInTheDocument();
    expect(within(planned).queryByRole('button', { name: /^Add row/ })).not.toBeInTheDocument();
    await user.click(within(planned).getByRole('button', { name: 'Actions for "Review the plan"' }));
    expect(await screen.findByRole('menuitem', { name: 'View' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument();

    const contacts = sectionRegion('Key contacts');
    expect(within(contacts).queryByText('Read only')).not.toBeInTheDocument();
    expect(within(contacts).getByRole('button', { name: 'Add row to Key contacts' })).toBeInTheDocument();
  });
});

describe('when a manager reads a plan', () => {
  it('offers no way to change even a council-editable section', async () => {
    renderTab(new MemoryPlanStore(samplePlan(), PEOPLE.manager), sectionRoute('keyContacts'));
    await screen.findByRole('heading', { level: 1, name: 'Key contacts and communications' });
    expect(within(sectionRegion('Key contacts')).getByText('Read only')).toBeInTheDocument();
    expect(within(sectionRegion('Key contacts')).getByText(/^The CEM and the council’s ACLM, CLM and staff edit this section\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Add row/ })).not.toBeInTheDocument();
  });
});

describe('when storage refuses a change the roles matrix allowed', () => {
  it('undoes it, says why, and shows the section read only from then on', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore(samplePlan(), PEOPLE.aclm);
    store.failNext(new ForbiddenError());
    renderTab(store, sectionRoute('keyContacts'));
    await user.click(await screen.findByRole('button', { name: 'Add row to Key contacts' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Lee Harding');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/You can read this part of the plan but not change it/)).toBeInTheDocument();
    const contacts = await screen.findByRole('region', { name: 'Key contacts' });
    await waitFor(() => expect(within(contacts).queryByText('Lee Harding')).not.toBeInTheDocument());
    expect(within(contacts).getByText('Read only')).toBeInTheDocument();
    expect(within(contacts).queryByRole('button', { name: 'Add row to Key contacts' })).not.toBeInTheDocument();
  });
});
