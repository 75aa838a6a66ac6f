import { proposeAgenda, saveAgenda, type Agenda, type AgendaItem } from '../../src/agenda';
import type { Plan } from '../../src/plan';
import { SAMPLE_CEM, SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { planFingerprint, rowsPath } from '../support/plan-fingerprint';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * An agenda names rows of its plan: in its item ids ('action:<key>'), in the rows behind each
 * item, in the meeting's current item and in the item a note is about. The browser sends all of
 * them, so the service refuses those naming another plan's rows (400 `rowNotInPlan`), as it does
 * for a linked row, and stores nothing.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const CEM = SAMPLE_CEM.email;
const ACLM = kestrel.aclm.email;
const MEETING_DATE = '2031-01-12';

let site: ServiceSite;
let kestrelPlan: Plan;
let fenmouthPlan: Plan;
let meeting: { key: string; etag: string };
let fenmouthAction: string;
beforeAll(async () => {
  site = await openServiceSite();
  kestrelPlan = (await site.call('GET', `/plans/${kestrel.planId}`, CEM)).body;
  fenmouthPlan = (await site.call('GET', `/plans/${fenmouth.planId}`, CEM)).body;
  const made = await site.call('POST', rowsPath(kestrel.planId, 'meetings'), CEM, { key: 'agenda-ref-meeting', values: { MeetingDate: MEETING_DATE, MeetingStatus: 'Planned' } });
  meeting = made.body;
  fenmouthAction = fenmouthPlan.sections.actions[0]!.key;
});
afterAll(() => site.close());

const meetingPath = () => `${rowsPath(kestrel.planId, 'meetings')}/${meeting.key}`;
const agendaOf = (plan: Plan): Agenda => proposeAgenda({ plan, meetingDate: MEETING_DATE });
const aboutAction = (key: string): AgendaItem => ({ id: `action:${key}`, kind: 'action', title: [{ text: 'Borrowed' }], reason: [{ text: 'Borrowed' }], minutes: 2, rows: [{ section: 'actions', key, id: key }], flagged: false });

/** The agenda with other items, its total kept true as the app keeps it. */
const withItems = (agenda: Agenda, items: readonly AgendaItem[], later?: readonly AgendaItem[]): Agenda => ({
  ...agenda,
  items,
  ...(later && { later }),
  totalMinutes: items.reduce((sum, item) => sum + item.minutes, 0),
});

async function agree(snapshot: string, as = ACLM) {
  return site.call('PATCH', meetingPath(), as, { changes: { AgendaSnapshot: snapshot } }, { 'If-Match': meeting.etag });
}

function expectRefused(res: { status: number; body: any }, code: string, message: RegExp): void {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message).toMatch(message);
}

describe('agreeing an agenda', () => {
  it("refuses an agenda with an item about another plan's action, even from the CEM, and stores nothing", async () => {
    const own = agendaOf(kestrelPlan);
    expect(own.items.length).toBeGreaterThan(0);
    const before = await planFingerprint(site, kestrel.planId, CEM);
    const borrowed = saveAgenda(withItems(own, [...own.items, aboutAction(fenmouthAction)]));
    for (const as of [ACLM, CEM]) expectRefused(await agree(borrowed, as), 'rowNotInPlan', new RegExp(`^Agreed agenda: "${fenmouthAction}" is a row of another plan`));
    // Hidden in the id alone, or among the items proposed for later.
    const idOnly = { ...aboutAction(fenmouthAction), rows: [] };
    expectRefused(await agree(saveAgenda(withItems(own, [idOnly]))), 'rowNotInPlan', /is a row of another plan/);
    expectRefused(await agree(saveAgenda(withItems(own, own.items, [aboutAction(fenmouthAction)]))), 'rowNotInPlan', /is a row of another plan/);
    expect(await planFingerprint(site, kestrel.planId, CEM)).toBe(before);
  });

  it("refuses another plan's agenda, and text that is not an agenda the app saved", async () => {
    expectRefused(await agree(saveAgenda(agendaOf(fenmouthPlan))), 'rowNotInPlan', /^Agreed agenda: it is the agenda of another plan/);
    expectRefused(await agree('{"agreed":true}'), 'invalidAgenda', /^Agreed agenda: The saved agenda is not in the expected form/);
  });

  it("takes the plan's own agenda, and one naming a row that has not reached SharePoint yet (made offline)", async () => {
    const own = agendaOf(kestrelPlan);
    const res = await agree(saveAgenda(withItems(own, [...own.items, aboutAction('kestrel-action-still-in-an-outbox')])));
    expect(res.status).toBe(200);
    meeting = res.body;
  });
});

describe('the current item and the item a note is about', () => {
  it("refuses a current item or a note's item about another plan's row, and takes the plan's own", async () => {
    const before = await planFingerprint(site, kestrel.planId, CEM);
    expectRefused(await site.call('PATCH', meetingPath(), ACLM, { changes: { CurrentItem: `action:${fenmouthAction}` } }, { 'If-Match': meeting.etag }), 'rowNotInPlan', /^Current agenda item: "action:.+" is about a row of another plan/);
    const note = { key: 'agenda-ref-note', values: { Note: 'On a borrowed item', MeetingKey: meeting.key, AgendaItem: `action:${fenmouthAction}` } };
    expectRefused(await site.call('POST', rowsPath(kestrel.planId, 'meetingNotes'), ACLM, note), 'rowNotInPlan', /^Agenda item: "action:.+" is about a row of another plan/);
    expect(await planFingerprint(site, kestrel.planId, CEM)).toBe(before);
    const ownItem = agendaOf(kestrelPlan).items[0]!.id;
    expect((await site.call('PATCH', meetingPath(), ACLM, { changes: { CurrentItem: ownItem } }, { 'If-Match': meeting.etag })).status).toBe(200);
    expect((await site.call('POST', rowsPath(kestrel.planId, 'meetingNotes'), ACLM, { ...note, values: { ...note.values, AgendaItem: ownItem } })).status).toBe(201);
  });
});
