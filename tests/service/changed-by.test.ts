import { SAMPLE_CEM, SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { openServiceSite, type ServiceSite } from '../support/service-site';

const kestrel = SAMPLE_COUNCILS.kestrelVale;
const CEM = SAMPLE_CEM.email;
const ACLM = kestrel.aclm.email;
const rows = (section: string) => `/plans/${kestrel.planId}/sections/${section}/rows`;

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

describe('who changed a row, when the service writes with the app’s own identity', () => {
  it('names the person behind each write, so a conflict says who got there first', async () => {
    const created = await site.call('POST', rows('actions'), CEM, { key: 'changed-by-1', values: { ActionTitle: 'Book the hall', Status: 'Open' } });
    expect(created.status).toBe(201);
    expect(created.body.modifiedBy).toBe(SAMPLE_CEM.displayName);

    // The ACLM changes the owner; the CEM, still on the first version, changes it too.
    const aclmChange = await site.call('PATCH', `${rows('actions')}/changed-by-1`, ACLM, { changes: { Owner: 'ACLM' } }, { 'If-Match': created.body.etag });
    expect(aclmChange.status).toBe(200);
    expect(aclmChange.body.modifiedBy).toBe(kestrel.aclm.displayName);
    const stale = await site.call('PATCH', `${rows('actions')}/changed-by-1`, CEM, { changes: { Owner: 'CEM' } }, { 'If-Match': created.body.etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.current).toMatchObject({ modifiedBy: kestrel.aclm.displayName, values: { Owner: 'ACLM' } });

    // And read back later, from the plan.
    const plan = (await site.call('GET', `/plans/${kestrel.planId}`, CEM)).body;
    expect(plan.sections.actions.find((r: { key: string }) => r.key === 'changed-by-1').modifiedBy).toBe(kestrel.aclm.displayName);
  });

  it('keeps the column for the service: nobody can set who changed a row', async () => {
    const forged = await site.call('POST', rows('actions'), ACLM, { key: 'changed-by-2', values: { ActionTitle: 'Forged', ChangedBy: `${SAMPLE_CEM.displayName} <${CEM}>` } });
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toMatch(/ChangedBy is kept by the service/);
  });
});
