import { PlanChoiceError, openPlan } from '../../src/cli/choose-plan';
import { sectionById } from '../../src/plan';
import { NotFoundError, StorageError } from '../../src/storage/errors';
import { fieldEquals, queryString } from '../../src/storage/graph/odata';
import { openPlanSite, type PlanSite } from '../storage/graph-stand-in/stand-in-site';
import { itemsPath, postRawRow, rawGraph } from './support/raw-graph';
import { checked } from '../support/checked-values';

/** Quotes, their encodings and whole OData clauses, as they turn up in names people type. */
const TRICKY_NAMES = [
  "O'Brien",
  '%27',
  "''",
  '" or 1 eq 1',
  "x' or 1 eq 1 or 'a' eq 'a",
  "x' or fields/PlanId ne '",
  '%2527 & #top',
  'Ynys Môn – Llangefni ✓',
  "'",
];

let site: PlanSite;
let obrien: string;
let ynys: string;

beforeAll(async () => {
  site = await openPlanSite('Wrenfield Borough Council');
  obrien = (await site.store.createPlan({ council: "O'Brien's Vale Council", census: 'Census 2031' })).key;
  ynys = (await site.store.createPlan({ council: 'Ynys Môn Council', census: 'Census 2031' })).key;
  for (const planId of [site.planId, obrien, ynys]) {
    await site.store.createRow({ section: 'keyContacts', planId, key: `${planId}/contact`, values: checked('keyContacts', { ContactName: `Contact of ${planId}` }) });
  }
});
afterAll(() => site.standIn.close());

describe('plan ids from names with quotes and other characters', () => {
  it('gives each council a plan id of its own, and loads only that plan', async () => {
    expect([obrien, ynys]).toEqual(['o-brien-s-vale-council', 'ynys-mon-council']);
    const plan = await site.store.loadPlan(obrien);
    expect(plan.header.values.CouncilName).toBe("O'Brien's Vale Council");
    expect(plan.sections.keyContacts.map((r) => r.values.ContactName)).toEqual([`Contact of ${obrien}`]);
  });

  it.each(TRICKY_NAMES.concat([`${'wrenfield-borough-council'}' or 1 eq 1 or 'a' eq 'a`, 'WRENFIELD-BOROUGH-COUNCIL', '']))(
    'answers a clean NotFound for the plan id %j, never another plan',
    async (planId) => {
      await expect(site.store.loadPlan(planId)).rejects.toBeInstanceOf(NotFoundError);
    },
  );
});

describe('row keys with quotes and clauses in them', () => {
  it.each(TRICKY_NAMES)('finds the row keyed %j again when its create is repeated, and no other row', async (key) => {
    const values = { ContactName: 'Jo Marsh' };
    const first = await site.store.createRow({ section: 'keyContacts', planId: site.planId, key, values: checked('keyContacts', values) });
    // The second create meets the unique key (409) and looks the row up by key with a $filter.
    const again = await site.store.createRow({ section: 'keyContacts', planId: site.planId, key, values: checked('keyContacts', values) });
    expect([again.id, again.key, again.planId]).toEqual([first.id, key, site.planId]);
  });

  it("refuses a key taken in another council's plan, without handing over that plan's row", async () => {
    const key = "x' or fields/PlanId ne '";
    await site.store.createRow({ section: 'keyContacts', planId: site.planId, key, values: checked('keyContacts', { ContactName: 'Jo Marsh' }) });
    const elsewhere = site.store.createRow({ section: 'keyContacts', planId: obrien, key, values: checked('keyContacts', { ContactName: 'Not yours' }) });
    await expect(elsewhere).rejects.toMatchObject({ code: 'duplicateKey' });
    await expect(elsewhere).rejects.toBeInstanceOf(StorageError);
    expect((await site.store.loadPlan(obrien)).sections.keyContacts.map((r) => r.key)).toEqual([`${obrien}/contact`]);
  });
});

describe('the stand-in answering filters built from tricky names', () => {
  const contacts = sectionById('keyContacts');
  const read = (filter: string) => rawGraph(site.standIn, 'GET', `${itemsPath(site.standIn, contacts)}${queryString({ expand: 'fields', $filter: filter })}`);

  it.each(TRICKY_NAMES)('matches nothing but the literal %j when it is quoted the OData way', async (name) => {
    const answer = await read(fieldEquals('PlanId', name));
    expect([answer.status, answer.body.value]).toEqual([200, []]);
  });

  it.each(TRICKY_NAMES)('answers 400, never 500, to %j pasted into a filter unquoted', async (name) => {
    const answers = await Promise.all([`fields/PlanId eq '${name}'`, `fields/PlanId eq ${name}`, name].map(read));
    for (const answer of answers) expect(answer.status === 200 || answer.status === 400).toBe(true);
    expect(answers.map((a) => a.status)).toContain(400);
  });

  it('keeps a plan that a client outside the app filed under a tricky id to itself: not listed, and a clean NotFound', async () => {
    const header = sectionById('plan');
    const planId = "x' or fields/PlanId ne '";
    const posted = await postRawRow(site.standIn, header, planId, planId, { CouncilName: 'Tricky District Council', Census: 'Census 2031' });
    expect(posted.status).toBe(201);
    expect((await site.store.listPlans()).map((p) => p.id)).not.toContain(planId);
    await expect(site.store.loadPlan(planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openPlan(site.store, 'tricky')).rejects.toThrow(/^There is no plan for "tricky"\./);
  });
});

describe('choosing a plan by name on the command line', () => {
  it('finds a council by a name with a quote or an accent', async () => {
    expect((await openPlan(site.store, "o'brien")).plan.header.key).toBe(obrien);
    expect((await openPlan(site.store, 'Ynys Môn Council')).plan.header.key).toBe(ynys);
  });

  it.each(['%27', '" or 1 eq 1', "' or 1 eq 1 or '", "''"])('says %j names no plan, and lists the plans there are', async (query) => {
    const choosing = openPlan(site.store, query);
    await expect(choosing).rejects.toBeInstanceOf(PlanChoiceError);
    await expect(choosing).rejects.toThrow(/There is no plan for/);
  });
});
