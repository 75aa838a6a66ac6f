import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER } from '../../src/server/stand-in/sample-users';
import { startTestStandIn, type TestStandIn } from './stand-in-client';

const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;

let s: TestStandIn;
beforeAll(async () => {
  s = await startTestStandIn({ seed: true, today: '2031-01-10' });
});
afterAll(() => s.close());

const items = (list: string) => `${s.listPath(list)}/items`;
async function firstItemOf(list: string, planId: string): Promise<string> {
  const res = await s.call('GET', `${items(list)}?$expand=fields&$filter=fields/PlanId eq '${planId}'&$top=1`);
  return res.body.value[0].id as string;
}
const newRow = (planId: string, key: string, extra: Record<string, unknown>) => ({ fields: { PlanId: planId, ClientKey: key, ...extra } });

describe('who may write what, per plan', () => {
  it('lets everyone read, including a manager named in no plan', async () => {
    const res = await s.call('GET', `${items('LAPP Community Updates')}?$top=5`, { as: SAMPLE_MANAGER.email });
    expect(res.status).toBe(200);
    expect(res.body.value.length).toBeGreaterThan(0);
  });

  it('refuses council staff a CEM-only section of their own plan with 403 accessDenied', async () => {
    const res = await s.call('POST', items('LAPP Community Updates'), {
      as: kestrel.staff.email,
      body: newRow(kestrel.planId, 'perm-1', { Title: 'x', UpdateDate: '2031-01-09', Community: 'Anyone' }),
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('accessDenied');
  });

  it('lets council staff add to a council section of their own plan', async () => {
    const res = await s.call('POST', items('LAPP Key Contacts'), {
      as: kestrel.staff.email,
      body: newRow(kestrel.planId, 'perm-2', { Title: 'New contact', ContactName: 'New contact' }),
    });
    expect(res.status).toBe(201);
  });

  it("refuses a council's staff another council's plan, for create, change and delete", async () => {
    const as = kestrel.staff.email;
    const create = await s.call('POST', items('LAPP Key Contacts'), { as, body: newRow(fenmouth.planId, 'perm-3', { ContactName: 'Intruder' }) });
    expect(create.status).toBe(403);
    const id = await firstItemOf('LAPP Key Contacts', fenmouth.planId);
    expect((await s.call('PATCH', `${items('LAPP Key Contacts')}/${id}/fields`, { as, body: { Phone: '01632 960 000' } })).status).toBe(403);
    expect((await s.call('DELETE', `${items('LAPP Key Contacts')}/${id}`, { as })).status).toBe(403);
    expect((await s.call('GET', `${items('LAPP Key Contacts')}/${id}?expand=fields`)).body.fields.Phone).not.toBe('01632 960 000');
  });

  it('refuses to move a row into another council\'s plan', async () => {
    const id = await firstItemOf('LAPP Key Contacts', kestrel.planId);
    const res = await s.call('PATCH', `${items('LAPP Key Contacts')}/${id}/fields`, { as: kestrel.aclm.email, body: { PlanId: fenmouth.planId } });
    expect(res.status).toBe(403);
  });

  it('lets the manager change nothing', async () => {
    const id = await firstItemOf('LAPP Actions', kestrel.planId);
    expect((await s.call('PATCH', `${items('LAPP Actions')}/${id}/fields`, { as: SAMPLE_MANAGER.email, body: { Status: 'Done' } })).status).toBe(403);
  });

  describe('the plan header', () => {
    const headerOf = (planId: string) => firstItemOf('LAPP Plans', planId);

    it('lets the ACLM sign, and only sign', async () => {
      const id = await headerOf(fenmouth.planId);
      const sign = { AclmSignedBy: `${fenmouth.aclm.displayName} <${fenmouth.aclm.email}>`, AclmSignedOn: '2031-01-10' };
      expect((await s.call('PATCH', `${items('LAPP Plans')}/${id}/fields`, { as: fenmouth.aclm.email, body: sign })).status).toBe(200);
      expect((await s.call('PATCH', `${items('LAPP Plans')}/${id}/fields`, { as: fenmouth.aclm.email, body: { CensusDay: '2031-06-01' } })).status).toBe(403);
      expect((await s.call('PATCH', `${items('LAPP Plans')}/${id}/fields`, { as: fenmouth.aclm.email, body: { ClmSignedOn: '2031-01-10' } })).status).toBe(403);
    });

    it('lets the CLM sign for the CLM but not for the ACLM', async () => {
      const id = await headerOf(fenmouth.planId);
      expect((await s.call('PATCH', `${items('LAPP Plans')}/${id}/fields`, { as: fenmouth.clm.email, body: { ClmSignedOn: '2031-01-11' } })).status).toBe(200);
      expect((await s.call('PATCH', `${items('LAPP Plans')}/${id}/fields`, { as: fenmouth.clm.email, body: { AclmSignedOn: '2031-01-11' } })).status).toBe(403);
    });

    it('lets the CEM change the plan details and council staff not', async () => {
      const id = await headerOf(fenmouth.planId);
      expect((await s.call('PATCH', `${items('LAPP Plans')}/${id}/fields`, { as: SAMPLE_CEM.email, body: { MeetingEveryDays: 7 } })).status).toBe(200);
      expect((await s.call('PATCH', `${items('LAPP Plans')}/${id}/fields`, { as: fenmouth.staff.email, body: { MeetingEveryDays: 21 } })).status).toBe(403);
      expect((await s.call('DELETE', `${items('LAPP Plans')}/${id}`, { as: fenmouth.aclm.email })).status).toBe(403);
    });

    it('lets anyone start a new plan', async () => {
      const res = await s.call('POST', items('LAPP Plans'), {
        as: 'newcomer@elsewhere.example',
        body: newRow('new-plan', 'new-plan', { Title: 'New Council', CouncilName: 'New Council', Census: 'Census 2031' }),
      });
      expect(res.status).toBe(201);
    });
  });
});
