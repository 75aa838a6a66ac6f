/** @jest-environment ./tests/security/support/jsdom-with-fetch.ts */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../src/plan';
import { SAMPLE_CEM, SAMPLE_COUNCILS, type SampleUser } from '../../src/server/stand-in/sample-users';
import { ForbiddenError, NotFoundError } from '../../src/storage/errors';
import type { ServiceStore } from '../../src/storage/service-client';
import { recordingFetch } from '../storage/graph-stand-in/stand-in-site';
import { openServiceSite, type ServiceSite } from '../support/service-site';
import { itemWrites } from './support/raw-graph';
import { renderTabOver } from './support/render-over-store';
import { checked, checkedChanges } from '../support/checked-values';

const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const harrowgate = SAMPLE_COUNCILS.harrowgateMoor;

let site: ServiceSite;
beforeAll(async () => {
  // The sample CEM is also on the managers' list: a CEM who hands a plan on still reads it.
  site = await openServiceSite({ env: { LAPP_MANAGERS: `morgan.reyes@census.example, ${SAMPLE_CEM.email}` } });
});
afterAll(() => site.close());

/** The browser's store through the plan service as `user` (the sample CEM when absent), every request recorded. */
function storeAs(user?: SampleUser): { store: ServiceStore; writesSent: () => number } {
  const wire = recordingFetch();
  const store = site.storeAs(user?.email ?? SAMPLE_CEM.email, wire.fetchImpl);
  return { store, writesSent: () => itemWrites(wire.sent) };
}

const staff = () => storeAs(kestrel.staff);
const rowsOf = (plan: Plan) => Object.fromEntries(Object.entries(plan.sections).map(([id, rows]) => [id, rows.map((r) => [r.key, r.etag])]));

describe('council staff writing through the plan service', () => {
  it('are refused a CEM-only section of their own plan with ForbiddenError, sent once, and nothing is stored', async () => {
    const { store, writesSent } = staff();
    const before = await store.loadPlan(kestrel.planId);
    const existing = before.sections.communityUpdates[0]!;
    const create = store.createRow({
      section: 'communityUpdates',
      planId: kestrel.planId,
      key: 'staff-update',
      values: checked('communityUpdates', { UpdateDate: '2031-01-09', Community: 'Farm and seasonal workers' }),
    });
    await expect(create).rejects.toBeInstanceOf(ForbiddenError);
    const change = store.updateRow({ section: 'communityUpdates', planId: kestrel.planId, key: existing.key, etag: existing.etag, changes: checkedChanges('communityUpdates', { Suggestions: 'More drop-ins' })});
    await expect(change).rejects.toBeInstanceOf(ForbiddenError);
    await expect(store.deleteRow({ section: 'communityUpdates', planId: kestrel.planId, key: existing.key })).rejects.toBeInstanceOf(ForbiddenError);
    expect(writesSent()).toBe(3);
    expect(rowsOf(await store.loadPlan(kestrel.planId))).toEqual(rowsOf(before));
  });

  it("do not even learn that another council's plan exists: not found, for reads and writes alike, and nothing is stored", async () => {
    const { store, writesSent } = staff();
    const cem = storeAs().store;
    const before = await cem.loadPlan(fenmouth.planId);
    const contact = before.sections.keyContacts[0]!;
    await expect(store.loadPlan(fenmouth.planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      store.createRow({ section: 'keyContacts', planId: fenmouth.planId, key: 'staff-contact', values: checked('keyContacts', { ContactName: 'Not our contact' })}),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      store.updateRow({ section: 'keyContacts', planId: fenmouth.planId, key: contact.key, etag: contact.etag, changes: checkedChanges('keyContacts', { Phone: '01632 960 999' })}),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(writesSent()).toBe(2);
    expect(rowsOf(await cem.loadPlan(fenmouth.planId))).toEqual(rowsOf(before));
  });

  it('may add to a section the council edits in their own plan', async () => {
    const row = await staff().store.createRow({ section: 'keyContacts', planId: kestrel.planId, key: 'staff-own', values: checked('keyContacts', { ContactName: 'Lee Harding' })});
    expect(row.values.ContactName).toBe('Lee Harding');
  });
});

describe('the plan tab over the plan service', () => {
  it('shows CEM-only sections read only, with nothing to add, edit or delete, and the council sections editable', async () => {
    const user = userEvent.setup();
    renderTabOver(staff().store, `/plan/${kestrel.planId}/section/keyContacts`);
    const planned = await screen.findByRole('region', { name: 'Planned communication between partners' });
    expect(within(planned).getByText('Read only')).toBeInTheDocument();
    expect(within(planned).queryByRole('button', { name: /^Add row/ })).not.toBeInTheDocument();
    const [rowActions] = within(planned).getAllByRole('button', { name: /^Actions for/ });
    await user.click(rowActions!);
    expect(await screen.findByRole('menuitem', { name: 'View' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument();

    const contacts = screen.getByRole('region', { name: 'Key contacts' });
    expect(within(contacts).queryByText('Read only')).not.toBeInTheDocument();
    expect(within(contacts).getByRole('button', { name: 'Add row to Key contacts' })).toBeInTheDocument();
  });

  it('puts the old value back, turns the section read only, says why and tries nothing again when the service refuses a change', async () => {
    const user = userEvent.setup();
    const { store, writesSent } = storeAs();
    const before = (await store.loadPlan(harrowgate.planId)).sections.communityUpdates[0]!;
    const community = String(before.values.Community);
    renderTabOver(store, `/plan/${harrowgate.planId}/section/communityUpdates`);
    const updates = await screen.findByRole('region', { name: 'Community updates' });
    await user.click(await within(updates).findByRole('button', { name: `Actions for "${community}"` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');

    // Meanwhile the plan is handed to another CEM: this person now only reads it, as a manager.
    const cem = storeAs().store;
    await cem.updateRow({ section: 'plan', planId: harrowgate.planId, key: harrowgate.planId, changes: checkedChanges('plan', { Cem: 'Jo Bright <jo.bright@census.example>' })});

    const field = within(dialog).getByRole('textbox', { name: /^Community/ });
    await user.clear(field);
    await user.type(field, `${community} (moved)`);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/You can read this part of the plan but not change it/)).toBeInTheDocument();
    await waitFor(() => expect(within(updates).queryByText(`${community} (moved)`)).not.toBeInTheDocument());
    expect(within(updates).getByText(community)).toBeInTheDocument();
    expect(within(updates).getByText('Read only')).toBeInTheDocument();

    // Longer than any retry of the outbox would wait: still the one refused request (and the CEM's hand-over).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writesSent()).toBe(1);
    const stored = (await cem.loadPlan(harrowgate.planId)).sections.communityUpdates.find((r) => r.key === before.key);
    expect([stored?.etag, stored?.values.Community]).toEqual([before.etag, community]);
  });
});
