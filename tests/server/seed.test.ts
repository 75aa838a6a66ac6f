import { addDays, planIdFor, roleFor, SECTIONS, type PlanPeople } from '../../src/plan';
import { loadIntoEmptySite, StandInDb } from '../../src/server/stand-in';
import { SAMPLE_CEM, SAMPLE_COUNCILS, SAMPLE_MANAGER, SAMPLE_USERS } from '../../src/server/stand-in/sample-users';
import { sampleSiteContent, seedIfEmpty } from '../../src/server/sample-site/sample-site';
import { SAMPLE_PLANS } from '../../src/server/sample-site/sample-data';

const TODAY = '2031-01-10';

type Fields = Record<string, string | number | boolean>;
let db: StandInDb;
/** Every seeded row of a list, as stored fields. */
const rowsOf = (list: string): Fields[] =>
  (db.sqlite.prepare('SELECT i.fields FROM items i JOIN lists l ON l.id = i.list_id WHERE l.display_name = ?').all(list) as { fields: string }[]).map(
    (r) => JSON.parse(r.fields) as Fields,
  );

beforeAll(() => {
  db = new StandInDb(':memory:');
  expect(seedIfEmpty(db, TODAY)).toBe(true);
});
afterAll(() => db.close());

describe('seeding an empty stand-in', () => {
  const planIds = SAMPLE_PLANS.map((p) => p.council.planId);

  it('writes each sample plan before it was signed or shared, so no row reads as changed since', () => {
    // Seeded for a day in the past, so rows stamped "now" would land after every signature.
    const past = new StandInDb(':memory:');
    seedIfEmpty(past, '2020-03-02');
    const items = (past.sqlite.prepare('SELECT fields, modified FROM items').all() as { fields: string; modified: string }[]).map((r) => ({
      fields: JSON.parse(r.fields) as Fields,
      day: r.modified.slice(0, 10),
    }));
    const plans = items.filter((i) => typeof i.fields.CouncilName === 'string' && typeof i.fields.Census === 'string');
    expect(plans).toHaveLength(SAMPLE_PLANS.length);
    for (const { fields: plan } of plans) {
      const baseline = [plan.AclmSignedOn, plan.ClmSignedOn, plan.LastSharedOn].filter((d): d is string => typeof d === 'string').sort()[0]!;
      const rows = items.filter((i) => i.fields.PlanId === plan.ClientKey);
      expect(rows.length).toBeGreaterThan(50);
      expect(rows.filter((r) => r.day >= baseline)).toEqual([]);
    }
    past.close();
  });

  it('provisions every list of the schema', () => {
    const lists = (db.sqlite.prepare('SELECT display_name FROM lists').all() as { display_name: string }[]).map((l) => l.display_name);
    expect(lists.sort()).toEqual(SECTIONS.map((s) => s.list).sort());
  });

  it.each(SECTIONS.map((s) => [s.list]))('gives every sample plan rows in %s', (list) => {
    const rows = rowsOf(list);
    for (const planId of planIds) expect(rows.filter((r) => r.PlanId === planId).length).toBeGreaterThan(0);
    expect(rows.every((r) => typeof r.ClientKey === 'string' && typeof r.Title === 'string')).toBe(true);
  });

  it('gives each plan its eight strands, ranked with High, Medium and Low', () => {
    const priorities = rowsOf('LAPP Local Priorities');
    for (const planId of planIds) expect(priorities.filter((r) => r.PlanId === planId)).toHaveLength(8);
    expect(new Set(priorities.map((r) => r.Priority).filter(Boolean))).toEqual(new Set(['High', 'Medium', 'Low']));
  });

  it('leaves overdue, due-soon and done actions relative to the seeding day', () => {
    const actions = rowsOf('LAPP Actions');
    const open = actions.filter((a) => a.Status === 'Open' || a.Status === 'In progress');
    expect(open.some((a) => String(a.DueDate) < TODAY)).toBe(true);
    expect(open.some((a) => String(a.DueDate) >= TODAY && String(a.DueDate) <= addDays(TODAY, 7))).toBe(true);
    expect(actions.some((a) => a.Status === 'Done' && a.ClosedOn)).toBe(true);
  });

  it('has unconfirmed offers of help needed within a week, and unresolved concerns', () => {
    const soon = rowsOf('LAPP Offers Of Help').filter((o) => o.Confirmed === 'TBC' && String(o.OfferDate) <= addDays(TODAY, 7));
    expect(soon.length).toBeGreaterThan(0);
    const concerns = rowsOf('LAPP Concerns Raised');
    expect(concerns.some((c) => c.Resolved === false)).toBe(true);
    expect(concerns.some((c) => c.Resolved === true)).toBe(true);
  });

  it('puts census day about four months ahead with the phases before it', () => {
    for (const header of rowsOf('LAPP Plans')) {
      expect(header.CensusDay).toBe(addDays(TODAY, 120));
      expect(String(header.AnnounceFrom) < String(header.AddressFrom)).toBe(true);
      expect(String(header.ActNowFrom) < String(header.CensusDay)).toBe(true);
    }
  });

  it('signs one plan, with its signed version kept as a snapshot, and leaves another unsigned', () => {
    const headers = rowsOf('LAPP Plans');
    const signed = headers.filter((h) => h.AclmSignedBy && h.ClmSignedBy);
    expect(signed).toHaveLength(1);
    expect(headers.some((h) => !h.AclmSignedBy && !h.ClmSignedBy)).toBe(true);
    const parts = rowsOf('LAPP Snapshots').filter((s) => s.SnapshotKey === signed[0]!.SignedSnapshotKey);
    expect(parts.length).toBeGreaterThan(0);
    expect(JSON.parse(parts.map((p) => p.Content).join(''))).toMatchObject({ format: 1, planId: signed[0]!.ClientKey });
  });

  it('names each sample user in the role they are meant to have, and the manager in no plan', () => {
    const headers = rowsOf('LAPP Plans');
    for (const user of SAMPLE_USERS) {
      const roles = headers.map((h) => ({ planId: h.ClientKey, role: roleFor(h as PlanPeople, user.email) }));
      if (user === SAMPLE_CEM) expect(roles.every((r) => r.role === 'cem')).toBe(true);
      else if (user === SAMPLE_MANAGER) expect(roles.every((r) => r.role === undefined)).toBe(true);
      else expect(roles.find((r) => r.planId === user.planId)?.role).toBe(user.role);
    }
  });

  it('does nothing to a database that already has lists', () => {
    expect(seedIfEmpty(db, TODAY)).toBe(false);
    expect(rowsOf('LAPP Plans')).toHaveLength(3);
  });

  it("gives each sample council's people the plan id the app makes for that council", () => {
    for (const council of Object.values(SAMPLE_COUNCILS)) expect(council.planId).toBe(planIdFor(council.councilName));
  });
});

describe('loading content into the stand-in', () => {
  it('refuses an item SharePoint would refuse, and keeps nothing of the load', () => {
    const content = sampleSiteContent(TODAY);
    const [first, ...rest] = content.lists;
    const broken = { ...first!, items: [...first!.items, { fields: { ...first!.items[0]!.fields, CensusDay: 'next Tuesday' }, createdBy: SAMPLE_CEM.email, created: `${TODAY}T09:00:00Z` }] };
    const empty = new StandInDb(':memory:');
    expect(() => loadIntoEmptySite(empty, { ...content, lists: [broken, ...rest] })).toThrow();
    expect(empty.sqlite.prepare('SELECT COUNT(*) AS n FROM lists').get()).toEqual({ n: 0 });
    empty.close();
  });
});
