import { SAMPLE_CEM, SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { RowPlans } from '../../src/service/rights/row-plans';
import { planFingerprint, rowsPath } from '../support/plan-fingerprint';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * A row may point only at a meeting of its own plan: the meeting a decision or a note was
 * recorded in, the meeting an action was raised or closed in. The browser sends those keys, so
 * the service checks them; a refusal stores nothing.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const CEM = SAMPLE_CEM.email;
const ACLM = kestrel.aclm.email;

let site: ServiceSite;
let kestrelMeeting: string;
let fenmouthMeeting: string;
beforeAll(async () => {
  site = await openServiceSite();
  kestrelMeeting = (await site.call('GET', `/plans/${kestrel.planId}`, CEM)).body.sections.meetings[0].key;
  fenmouthMeeting = (await site.call('GET', `/plans/${fenmouth.planId}`, CEM)).body.sections.meetings[0].key;
});
afterAll(() => site.close());

const fingerprint = (planId: string) => planFingerprint(site, planId, CEM);

function expectRefused(res: { status: number; body: any }, label: string): void {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('meetingNotInPlan');
  expect(res.body.error.message).toMatch(new RegExp(`^${label}: ".+" is not a meeting of this plan`));
}

describe('recording into a meeting', () => {
  it("refuses a decision or a note recorded into another council's meeting, and stores nothing", async () => {
    const before = await fingerprint(kestrel.planId);
    expectRefused(await site.call('POST', rowsPath(kestrel.planId, 'decisions'), ACLM, { key: 'ref-decision-1', values: { DecisionText: 'Borrowed meeting', MeetingKey: fenmouthMeeting } }), 'Meeting');
    expectRefused(await site.call('POST', rowsPath(kestrel.planId, 'meetingNotes'), ACLM, { key: 'ref-note-1', values: { Note: 'Borrowed meeting', MeetingKey: fenmouthMeeting } }), 'Meeting');
    expect(await fingerprint(kestrel.planId)).toBe(before);
  });

  it('refuses it even to the CEM, who may write both plans', async () => {
    const before = await fingerprint(kestrel.planId);
    expectRefused(await site.call('POST', rowsPath(kestrel.planId, 'actions'), CEM, { key: 'ref-action-1', values: { ActionTitle: 'Cross-linked', Status: 'Open', RaisedInMeeting: fenmouthMeeting } }), 'Raised in meeting');
    expect(await fingerprint(kestrel.planId)).toBe(before);
  });

  it("takes rows in the plan's own meeting, from the CEM and the ACLM at once", async () => {
    const [fromAclm, fromCem] = await Promise.all([
      site.call('POST', rowsPath(kestrel.planId, 'decisions'), ACLM, { key: 'ref-decision-own', values: { DecisionText: 'Own meeting', MeetingKey: kestrelMeeting } }),
      site.call('POST', rowsPath(kestrel.planId, 'actions'), CEM, { key: 'ref-action-own', values: { ActionTitle: 'Own meeting', Status: 'Open', RaisedInMeeting: kestrelMeeting } }),
    ]);
    expect([fromAclm.status, fromCem.status]).toEqual([201, 201]);
    expect(fromAclm.body.values.MeetingKey).toBe(kestrelMeeting);
  });

  it('takes a meeting that has not reached SharePoint yet (made offline, sent after its rows)', async () => {
    const res = await site.call('POST', rowsPath(kestrel.planId, 'meetingNotes'), ACLM, { key: 'ref-note-early', values: { Note: 'Before the meeting row', MeetingKey: 'meeting-still-in-an-outbox' } });
    expect(res.status).toBe(201);
  });
});

describe('changing which meeting a row points at', () => {
  it("refuses closing an action in another council's meeting, and leaves the action as it was", async () => {
    const made = await site.call('POST', rowsPath(kestrel.planId, 'actions'), ACLM, { key: 'ref-action-close', values: { ActionTitle: 'To close', Status: 'Open' } });
    expect(made.status).toBe(201);
    const before = await fingerprint(kestrel.planId);
    const res = await site.call('PATCH', `${rowsPath(kestrel.planId, 'actions')}/ref-action-close`, ACLM, { changes: { Status: 'Done', ClosedInMeeting: fenmouthMeeting } }, { 'If-Match': made.body.etag });
    expectRefused(res, 'Closed in meeting');
    expect(await fingerprint(kestrel.planId)).toBe(before);
    const closed = await site.call('PATCH', `${rowsPath(kestrel.planId, 'actions')}/ref-action-close`, ACLM, { changes: { Status: 'Done', ClosedInMeeting: kestrelMeeting } }, { 'If-Match': made.body.etag });
    expect(closed.status).toBe(200);
  });

  it("cannot link a Teams meeting to another council's meeting row through its own plan", async () => {
    const before = await fingerprint(fenmouth.planId);
    const res = await site.call('PATCH', `${rowsPath(kestrel.planId, 'meetings')}/${fenmouthMeeting}`, ACLM, { changes: { TeamsMeetingId: 'teams-meeting-of-kestrel' } });
    expect(res.status).toBe(404);
    expect(await fingerprint(fenmouth.planId)).toBe(before);
  });
});

describe("a meeting's plan", () => {
  it('is read once and then remembered, since a row never changes plan; a key not found is read again', async () => {
    const reads: string[] = [];
    const plans = new RowPlans(async (_section, key) => {
      reads.push(key);
      return key === 'm1' ? 'plan-a' : undefined;
    });
    const planOf = (key: string) => plans.planOf('meetings', key);
    expect([await planOf('m1'), await planOf('m1'), await planOf('later'), await planOf('later')]).toEqual(['plan-a', 'plan-a', undefined, undefined]);
    plans.learn('meetings', 'made-here', 'plan-b');
    expect(await planOf('made-here')).toBe('plan-b');
    expect(reads).toEqual(['m1', 'later', 'later']);
  });

  it('costs SharePoint nothing more for the rows of a meeting the service made', async () => {
    const meeting = await site.call('POST', rowsPath(kestrel.planId, 'meetings'), ACLM, { key: 'ref-meeting-made', values: { MeetingDate: '2031-02-03', MeetingStatus: 'Live' } });
    expect(meeting.status).toBe(201);
    const before = site.server.standIn!.usage().total;
    const decided = await site.call('POST', rowsPath(kestrel.planId, 'decisions'), ACLM, { key: 'ref-decision-made', values: { DecisionText: 'In the new meeting', MeetingKey: 'ref-meeting-made' } });
    expect(decided.status).toBe(201);
    const after = site.server.standIn!.usage().total;
    // The same write with no meeting named, for comparison.
    await site.call('POST', rowsPath(kestrel.planId, 'decisions'), ACLM, { key: 'ref-decision-none', values: { DecisionText: 'In no meeting' } });
    expect(after - before).toBe(site.server.standIn!.usage().total - after);
  });
});
