import { SECTIONS, sectionById } from '../../../src/plan';
import type { ProvisionStep } from '../../../src/storage/port';
import { columnsFor } from '../../../src/storage/graph/column-definitions';
import type { RunningStandIn } from '../../../src/server/stand-in';
import { openStandInSite } from './stand-in-site';

let site: Awaited<ReturnType<typeof openStandInSite>>;
let standIn: RunningStandIn;

beforeEach(async () => {
  site = await openStandInSite();
  standIn = site.standIn;
});
afterEach(() => standIn.close());

describe('provisioning a site', () => {
  it('creates every list with all its columns and reports each step', async () => {
    const reported: ProvisionStep[] = [];
    const steps = await site.storeFor().provision((step) => reported.push(step));
    expect(steps.map((s) => s.list)).toEqual(SECTIONS.map((s) => s.list));
    expect(steps.every((s) => s.action === 'created')).toBe(true);
    expect(reported).toHaveLength(SECTIONS.length);
    const actions = steps.find((s) => s.list === 'LAPP Actions');
    expect(actions?.columnsAdded).toEqual(columnsFor(sectionById('actions')).map((c) => c.name));
  });

  it('finds nothing to do the second time, even from a fresh store', async () => {
    await site.storeFor().provision();
    const again = await site.storeFor().provision();
    expect(again.every((s) => s.action === 'up to date' && s.columnsAdded.length === 0)).toBe(true);
  });

  it('adds the columns a list is missing and leaves the rest alone', async () => {
    // An older version of the app made "LAPP Actions" without the last three columns of today's schema.
    const actions = sectionById('actions');
    const older = columnsFor(actions).slice(0, -3);
    const created = await fetch(`${standIn.graphBaseUrl}/sites/${standIn.siteId}/lists`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await standIn.tokenFor('ava.lindqvist@census.example')}` },
      body: JSON.stringify({ displayName: actions.list, list: { template: 'genericList' }, columns: older }),
    });
    expect(created.status).toBe(201);

    const steps = await site.storeFor().provision();
    const step = steps.find((s) => s.list === actions.list);
    const missing = columnsFor(actions).slice(-3).map((c) => c.name);
    expect(step).toEqual({ list: actions.list, action: 'columns added', columnsAdded: missing });
    expect(steps.filter((s) => s.list !== actions.list).every((s) => s.action === 'created')).toBe(true);
    expect((await site.storeFor().provision()).find((s) => s.list === actions.list)?.action).toBe('up to date');
  });
});
