import { localServiceSetup } from '../../src/server/plan-service-setup';
import { SAMPLE_CEM, SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { planFingerprint, rowsPath } from '../support/plan-fingerprint';
import { openServiceSite, type ServiceSite } from '../support/service-site';

/**
 * A Teams meeting (its `19:meeting_…` thread id) is linked to one plan's meeting: the side panel
 * and the stage open the plan their Teams meeting is linked to. A second plan linking it is 409,
 * and the answer says nothing of the plan that holds it.
 */
const kestrel = SAMPLE_COUNCILS.kestrelVale;
const fenmouth = SAMPLE_COUNCILS.fenmouth;
const CEM = SAMPLE_CEM.email;
const KESTREL_ACLM = kestrel.aclm.email;
const FENMOUTH_ACLM = fenmouth.aclm.email;

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

const teamsMeeting = (name: string) => `19:meeting_${name}@thread.v2`;
const meetingPath = (planId: string, key: string) => `${rowsPath(planId, 'meetings')}/${key}`;

async function newMeeting(planId: string, email: string, key: string, values: Record<string, unknown> = {}) {
  return site.call('POST', rowsPath(planId, 'meetings'), email, { key, values: { MeetingDate: '2031-02-10', MeetingStatus: 'Planned', ...values } });
}

function expectTakenElsewhere(res: { status: number; body: any }): void {
  expect(res.status).toBe(409);
  expect(res.body.error.code).toBe('teamsMeetingLinkedElsewhere');
  expect(res.body.error.message).toMatch(/^This Teams meeting is already linked to a meeting of another plan\b.*Nothing was saved\./);
  // Nothing of the plan that holds it: not its id, its council or its meeting.
  expect(JSON.stringify(res.body)).not.toMatch(new RegExp(`${kestrel.planId}|Kestrel|kestrel-held`, 'i'));
}

describe("linking a Teams meeting another plan's meeting holds", () => {
  const held = teamsMeeting('held-by-kestrel');

  beforeAll(async () => {
    expect((await newMeeting(kestrel.planId, KESTREL_ACLM, 'kestrel-held', { TeamsMeetingId: held })).status).toBe(201);
  });

  it('refuses it on a meeting of the other plan, and leaves that plan as it was', async () => {
    const made = await newMeeting(fenmouth.planId, FENMOUTH_ACLM, 'fenmouth-to-link');
    expect(made.status).toBe(201);
    const before = await planFingerprint(site, fenmouth.planId, CEM);
    expectTakenElsewhere(await site.call('PATCH', meetingPath(fenmouth.planId, 'fenmouth-to-link'), FENMOUTH_ACLM, { changes: { TeamsMeetingId: held } }, { 'If-Match': made.body.etag }));
    expectTakenElsewhere(await newMeeting(fenmouth.planId, FENMOUTH_ACLM, 'fenmouth-new-linked', { TeamsMeetingId: held }));
    expect(await planFingerprint(site, fenmouth.planId, CEM)).toBe(before);
  });

  it('refuses it even to the CEM, who may see both plans', async () => {
    expectTakenElsewhere(await newMeeting(fenmouth.planId, CEM, 'fenmouth-cem-linked', { TeamsMeetingId: held }));
  });

  it("takes it again in the plan that holds it: the same row, or another of the plan's meetings", async () => {
    const again = await site.call('PATCH', meetingPath(kestrel.planId, 'kestrel-held'), KESTREL_ACLM, { changes: { TeamsMeetingId: held, MeetingStatus: 'Live' } });
    expect(again.status).toBe(200);
    expect((await newMeeting(kestrel.planId, CEM, 'kestrel-held-too', { TeamsMeetingId: held })).status).toBe(201);
    expect((await newMeeting(kestrel.planId, CEM, 'kestrel-held-too', { TeamsMeetingId: held })).status).toBe(201);
  });

  it('is free for another plan once the plan that held it lets it go', async () => {
    const freed = teamsMeeting('freed');
    expect((await newMeeting(kestrel.planId, KESTREL_ACLM, 'kestrel-freeing', { TeamsMeetingId: freed })).status).toBe(201);
    expectTakenElsewhere(await newMeeting(fenmouth.planId, FENMOUTH_ACLM, 'fenmouth-after', { TeamsMeetingId: freed }));
    expect((await site.call('PATCH', meetingPath(kestrel.planId, 'kestrel-freeing'), KESTREL_ACLM, { changes: { TeamsMeetingId: null } })).status).toBe(200);
    expect((await newMeeting(fenmouth.planId, FENMOUTH_ACLM, 'fenmouth-after', { TeamsMeetingId: freed })).status).toBe(201);
  });
});

describe('two plans linking one Teams meeting at once', () => {
  it('links each to one of them only', async () => {
    // Several contests side by side, so the two writers' reads and writes interleave.
    const contests = Array.from({ length: 8 }, (_, i) => teamsMeeting(`contested-${i}`));
    const answers = await Promise.all(
      contests.flatMap((contested, i) => [
        newMeeting(kestrel.planId, KESTREL_ACLM, `kestrel-race-${i}`, { TeamsMeetingId: contested }),
        newMeeting(fenmouth.planId, FENMOUTH_ACLM, `fenmouth-race-${i}`, { TeamsMeetingId: contested }),
      ]),
    );
    const meetings = await Promise.all([kestrel.planId, fenmouth.planId].map(async (planId) => (await site.call('GET', `/plans/${planId}`, CEM)).body.sections.meetings));
    contests.forEach((contested, i) => {
      expect([answers[2 * i]!.status, answers[2 * i + 1]!.status].sort()).toEqual([201, 409]);
      expect(meetings.map((rows: any[]) => rows.filter((m) => m.values.TeamsMeetingId === contested).length).sort()).toEqual([0, 1]);
    });
  });
});

describe('two instances of the service, one Teams meeting linked through each at once', () => {
  it('never leave it with two plans, and refuse and undo every write that does not hold it', async () => {
    const { server } = site;
    // A second instance over the same site, sharing nothing with the first but SharePoint.
    const other = localServiceSetup(server.entra!, server.standInUrl!, server.siteId!, {});
    const status = (write: Promise<unknown>) => write.then(() => 200, (error: { status?: number }) => error.status);
    try {
      const fenmouthAclm = await other.verify(`Bearer ${await site.tokenFor(FENMOUTH_ACLM)}`);
      // Even contests make new meetings; odd ones link meetings that exist, changing their status too.
      const contests = Array.from({ length: 10 }, (_, i) => ({ teams: teamsMeeting(`two-instances-${i}`), kestrelKey: `kestrel-instances-${i}`, fenmouthKey: `fenmouth-instances-${i}`, update: i % 2 === 1 }));
      for (const c of contests.filter((c) => c.update)) {
        expect((await newMeeting(kestrel.planId, KESTREL_ACLM, c.kestrelKey)).status).toBe(201);
        expect((await newMeeting(fenmouth.planId, FENMOUTH_ACLM, c.fenmouthKey)).status).toBe(201);
      }
      const answers = await Promise.all(
        contests.map((c) =>
          Promise.all([
            c.update
              ? site.call('PATCH', meetingPath(kestrel.planId, c.kestrelKey), KESTREL_ACLM, { changes: { TeamsMeetingId: c.teams, MeetingStatus: 'Live' } }).then((r) => r.status)
              : newMeeting(kestrel.planId, KESTREL_ACLM, c.kestrelKey, { TeamsMeetingId: c.teams }).then((r) => r.status),
            c.update
              ? status(other.service.updateRow(fenmouthAclm, fenmouth.planId, 'meetings', c.fenmouthKey, undefined, { TeamsMeetingId: c.teams, MeetingStatus: 'Live' }))
              : status(other.service.createRow(fenmouthAclm, fenmouth.planId, 'meetings', { key: c.fenmouthKey, values: { MeetingDate: '2031-02-12', TeamsMeetingId: c.teams } })),
          ]),
        ),
      );
      const meetings = await Promise.all([kestrel.planId, fenmouth.planId].map(async (planId) => (await site.call('GET', `/plans/${planId}`, CEM)).body.sections.meetings as any[]));
      contests.forEach((c, i) => {
        const rows = [meetings[0]!.find((m) => m.key === c.kestrelKey), meetings[1]!.find((m) => m.key === c.fenmouthKey)];
        const holds = rows.map((row) => row?.values.TeamsMeetingId === c.teams);
        expect(holds.filter(Boolean).length).toBeLessThanOrEqual(1);
        // Each write holds the Teams meeting and was answered as done, or was refused and left nothing.
        expect(answers[i]).toEqual(holds.map((held) => (held ? (c.update ? 200 : 201) : 409)));
        rows.forEach((row, side) => {
          if (holds[side]) return;
          if (c.update) expect(row.values).toMatchObject({ TeamsMeetingId: null, MeetingStatus: 'Planned' });
          else expect(row).toBeUndefined();
        });
      });
    } finally {
      await other.live.close();
    }
  });
});

describe('what a link costs SharePoint', () => {
  it('two multi-item reads (4 RU) when a meeting links its Teams meeting, none when it already holds it', async () => {
    const units = () => site.server.standIn!.usage().total;
    const start = units();
    expect((await newMeeting(kestrel.planId, KESTREL_ACLM, 'cost-plain')).status).toBe(201);
    const plain = units() - start;
    const before = units();
    const linked = await newMeeting(kestrel.planId, KESTREL_ACLM, 'cost-linked', { TeamsMeetingId: teamsMeeting('cost') });
    expect(linked.status).toBe(201);
    // Who holds it, read before the write and again after it (another instance may link it meanwhile).
    expect(units() - before - plain).toBe(4);
    const again = units();
    expect((await site.call('PATCH', meetingPath(kestrel.planId, 'cost-linked'), KESTREL_ACLM, { changes: { TeamsMeetingId: teamsMeeting('cost'), MeetingStatus: 'Live' } })).status).toBe(200);
    const relinked = units() - again;
    const plainAgain = units();
    expect((await site.call('PATCH', meetingPath(kestrel.planId, 'cost-plain'), KESTREL_ACLM, { changes: { MeetingStatus: 'Live' } })).status).toBe(200);
    expect(relinked).toBe(units() - plainAgain);
  });
});
