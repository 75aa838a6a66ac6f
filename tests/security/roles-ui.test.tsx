/** @jest-environment ./tests/security/support/jsdom-with-fetch.ts */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../src/plan';
import { startStandIn, type RunningStandIn } from '../../src/server/stand-in';
import { SAMPLE_COUNCILS, type SampleUser } from '../../src/server/stand-in/sample-users';
import { ForbiddenError } from '../../src/storage/errors';
import { createGraphStore, type GraphStore } from '../../src/storage/graph';
import { recordingFetch } from '../storage/graph-stand-in/stand-in-site';
import { itemWrites } from './support/raw-graph';
import { renderTabOver } from './support/render-over-store';

const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const harrowgate = SAMPLE_COUNCILS.harrowgateMoor;

let standIn: RunningStandIn;
beforeAll(async () => {
  standIn = await startStandIn({ seed: true, today: '2031-01-10' });
});
afterAll(() => standIn.close());

/** The Graph adapter signed in as `user` (the sample CEM when absent), with every request it sends recorded. */
function storeAs(user?: SampleUser): { store: GraphStore; writesSent: () => number } {
  const wire = recordingFetch();
  const store = createGraphStore({
    baseUrl: standIn.graphBaseUrl,
    siteId: standIn.siteId,
    fetchImpl: wire.fetchImpl,
    retry: { baseDelayMs: 5 },
    ...(user && { getToken: async () => `standin:${user.email}` }),
  });
  return { store, writesSent: () => itemWrites(wire.sent) };
}

const staff = () => storeAs(kestrel.staff);
const rowsOf = (plan: Plan) => Object.fromEntries(Object.entries(plan.sections).map(([id, rows]) => [id, rows.map((r) => [r.key, r.etag])]));

describe('council staff writing through the Graph adapter', () => {
  it('are refused a CEM-only section of their own plan with ForbiddenError, sent once, and nothing is stored', async () => {
    const { store, writesSent } = staff();
    const before = await store.loadPlan(kestrel.planId);
    const existing = before.sections.communityUpdates[0]!;
    const create = store.createRow({
      section: 'communityUpdates',
      planId: kestrel.planId,
      key: 'staff-update',
      values: { UpdateDate: '2031-01-09', Community: 'Farm and seasonal workers' },
    });
    await expect(create).rejects.toBeInstanceOf(ForbiddenError);
    const change = store.updateRow({ section: 'communityUpdates', id: existing.id, etag: existing.etag, changes: { Suggestions: 'More drop-ins' } });
    await expect(change).rejects.toBeInstanceOf(ForbiddenError);
    await expect(store.deleteRow({ section: 'communityUpdates', id: existing.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(writesSent()).toBe(3);
    expect(rowsOf(await store.loadPlan(kestrel.planId))).toEqual(rowsOf(before));
  });

  it("are refused another council's plan with ForbiddenError, even in a section they may edit in their own", async () => {
    const { store, writesSent } = staff();
    const before = await store.loadPlan(fenmouth.planId);
    const contact = before.sections.keyContacts[0]!;
    await expect(
      store.createRow({ section: 'keyContacts', planId: fenmouth.planId, key: 'staff-contact', values: { ContactName: 'Not our contact' } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      store.updateRow({ section: 'keyContacts', id: contact.id, etag: contact.etag, changes: { Phone: '01632 960 999' } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(writesSent()).toBe(2);
    expect(rowsOf(await store.loadPlan(fenmouth.planId))).toEqual(rowsOf(before));
  });

  it('may add to a section the council edits in their own plan', async () => {
    const row = await staff().store.createRow({ section: 'keyContacts', planId: kestrel.planId, key: 'staff-own', values: { ContactName: 'Lee Harding' } });
    expect(row.values.ContactName).toBe('Lee Harding');
  });
});

describe('the plan tab for council staff, over the stand-in', () => {
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

  it('puts the old value back, turns the section read only, says why and tries nothing again when storage refuses a change', async () => {
    const user = userEvent.setup();
    const { store, writesSent } = storeAs(harrowgate.staff);
    const before = (await store.loadPlan(harrowgate.planId)).sections.keyContacts[0]!;
    const name = String(before.values.ContactName);
    renderTabOver(store, `/plan/${harrowgate.planId}/section/keyContacts`);
    const contacts = await screen.findByRole('region', { name: 'Key contacts' });
    await user.click(await within(contacts).findByRole('button', { name: `Actions for "${name}"` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');

    // Meanwhile the CEM moves the plan to another email domain: this person is no longer council staff in it.
    const cem = storeAs().store;
    const header = (await cem.loadPlan(harrowgate.planId)).header;
    await cem.updateRow({ section: 'plan', id: header.id, etag: header.etag, changes: { CouncilDomain: 'elsewhere.example' } });

    const field = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(field);
    await user.type(field, `${name} (left)`);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/You can read this part of the plan but not change it/)).toBeInTheDocument();
    await waitFor(() => expect(within(contacts).queryByText(`${name} (left)`)).not.toBeInTheDocument());
    expect(within(contacts).getByText(name)).toBeInTheDocument();
    expect(within(contacts).getByText('Read only')).toBeInTheDocument();
    expect(within(contacts).queryByRole('button', { name: 'Add row to Key contacts' })).not.toBeInTheDocument();

    // Longer than any retry of the outbox would wait: still the one refused request.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writesSent()).toBe(1);
    const stored = (await cem.loadPlan(harrowgate.planId)).sections.keyContacts.find((r) => r.id === before.id);
    expect([stored?.etag, stored?.values.ContactName]).toEqual([before.etag, name]);
  });
});
