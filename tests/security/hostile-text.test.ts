import { ROW_SECTIONS, SECTIONS, ValidationError, sectionById, type FieldDef, type RowSectionId, type SectionDef } from '../../src/plan';
import { HOSTILE_TEXT, REFUSAL, TEXT_KINDS, refusals, textFields, validRow, validValue } from './support/hostile-values';
import { watchedPlanSite } from './support/watched-site';
import { attempt, checked, checkedChanges } from '../support/checked-values';

/** The same payloads as browsers would still read them: other letter cases, spaces and line breaks. */
const VARIANTS = [
  '<SCRIPT>alert(1)</SCRIPT>',
  '<img\nsrc=x\nonerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  "x' onfocus='alert(1)' autofocus='",
  'JaVaScRiPt:alert(1)',
  '<!--<img src=x onerror=alert(1)>-->',
];

/** Every way the field refused a payload other than with one clear message naming it. */
function slips(section: SectionDef, field: FieldDef, payloads: readonly string[]): string[] {
  const expected = [{ field: field.name, message: `${field.label} ${REFUSAL[field.kind]}` }];
  return payloads.flatMap((payload) =>
    (['create', 'update'] as const).flatMap((mode) => {
      const values = mode === 'create' ? validRow(section, { [field.name]: payload }) : { [field.name]: payload };
      const errors = refusals(section, values, mode);
      return JSON.stringify(errors) === JSON.stringify(expected) ? [] : [`${mode} ${field.name} ← ${JSON.stringify(payload)}: ${JSON.stringify(errors)}`];
    }),
  );
}

describe('markup and script typed into a field', () => {
  it('are checked in every kind of text field the schema has', () => {
    const kinds = new Set(SECTIONS.flatMap((s) => textFields(s).map((f) => f.kind)));
    expect([...kinds].sort()).toEqual([...TEXT_KINDS].sort());
  });

  it.each(SECTIONS.map((s) => [s.title, s] as const))('are refused in every text field of %s, naming the field', (_title, section) => {
    expect(refusals(section, validRow(section))).toEqual([]);
    expect(textFields(section).flatMap((field) => slips(section, field, [...HOSTILE_TEXT, ...VARIANTS]))).toEqual([]);
  });
});

describe('text that only looks like markup', () => {
  const person = 'Sam Okafor <sam.okafor@kestrelvale.example>';
  const plainText = [`Raised by ${person} and Jo <jo@wrenfield.example>`, 'Turnout in ward 3 < ward 4 > ward 5', "O'Brien & Sons <3"];

  /** The values of this section's fields of `kinds` that were refused. */
  function refusedOf(section: SectionDef, kinds: readonly string[], values: readonly string[]): string[] {
    return section.fields
      .filter((f) => kinds.includes(f.kind))
      .flatMap((f) => values.filter((v) => refusals(section, validRow(section, { [f.name]: v })).length > 0).map((v) => `${f.name} ← ${v}`));
  }

  it.each(SECTIONS.map((s) => [s.title, s] as const))('is accepted in %s: people with emails, comparisons, ampersands', (_title, section) => {
    expect(refusedOf(section, ['text', 'note'], plainText)).toEqual([]);
    expect(refusedOf(section, ['person'], [person, 'ACLM'])).toEqual([]);
  });

  it('keeps a web address whose query names a parameter starting with "on"', () => {
    const links = ['https://www.wrenfield.example/news?online=1', 'https://www.wrenfield.example/search?a=1&onlyNews=true'];
    expect(refusedOf(sectionById('bespokeCommunications'), ['url'], links)).toEqual([]);
  });
});

describe('markup built for the Graph adapter, and sent to the stand-in', () => {
  const wrenfield = watchedPlanSite('Wrenfield Borough Council');

  it('is refused in one text field of every section before anything is sent, and the plan is as it was', async () => {
    const before = await wrenfield.storedPlan();
    const sent = wrenfield.writesSent();
    const refused = await Promise.all(
      ROW_SECTIONS.map(async (section, i) => {
        const field = textFields(section)[0]!;
        const payload = HOSTILE_TEXT[i % HOSTILE_TEXT.length]!;
        const values = validRow(section, { [field.name]: payload });
        const error = await attempt(() => wrenfield.store
          .createRow({ section: section.id as RowSectionId, planId: wrenfield.planId, key: `hostile-${section.id}`, values: checked(section.id as RowSectionId, values) }))
          .then(() => undefined, (e: unknown) => e);
        return error instanceof ValidationError ? error.errors : error;
      }),
    );
    expect(refused).toEqual(ROW_SECTIONS.map((section) => [expect.objectContaining({ field: textFields(section)[0]!.name })]));
    expect(wrenfield.writesSent()).toBe(sent);
    expect(await wrenfield.storedPlan()).toEqual(before);
  });

  it.each(TEXT_KINDS.map((kind) => [kind] as const))('is refused in a %s field on create and on change, leaving the stored row as it was', async (kind) => {
    const section = ROW_SECTIONS.find((s) => s.fields.some((f) => f.kind === kind))!;
    const field = section.fields.find((f) => f.kind === kind)!;
    const id = section.id as RowSectionId;
    const good = await wrenfield.site.store.createRow({ section: id, planId: wrenfield.planId, key: `good-${kind}`, values: checked(id, validRow(section, { [field.name]: validValue(field) })) });
    const sent = wrenfield.writesSent();
    for (const payload of HOSTILE_TEXT) {
      const create = attempt(() => wrenfield.store.createRow({ section: id, planId: wrenfield.planId, key: `bad-${kind}`, values: checked(id, validRow(section, { [field.name]: payload })) }));
      await expect(create).rejects.toMatchObject({ errors: [{ field: field.name, message: `${field.label} ${REFUSAL[kind]}` }] });
      const update = attempt(() => wrenfield.store.updateRow({ section: id, planId: good.planId, key: good.key, etag: good.etag, changes: checkedChanges(id, { [field.name]: payload }) }));
      await expect(update).rejects.toBeInstanceOf(ValidationError);
    }
    expect(wrenfield.writesSent()).toBe(sent);
    const rows = (await wrenfield.storedPlan()).sections[id] as readonly { key: string; etag: string; values: object }[];
    expect(rows.filter((r) => r.key.endsWith(`-${kind}`)).map((r) => [r.key, r.etag, r.values])).toEqual([[good.key, good.etag, good.values]]);
  });

  it("is refused in the plan's own details, for a new plan and for a change", async () => {
    const header = sectionById('plan');
    const sent = wrenfield.writesSent();
    const plansBefore = await wrenfield.site.store.listPlans();
    for (const field of textFields(header)) {
      // The council and the census are arguments of their own; every other detail comes in values.
      const council = field.name === 'CouncilName' ? HOSTILE_TEXT[0] : 'Ashby Marsh Council';
      const census = field.name === 'Census' ? HOSTILE_TEXT[0] : 'Census 2031';
      const create = wrenfield.store.createPlan({ council, census, values: council === HOSTILE_TEXT[0] || census === HOSTILE_TEXT[0] ? {} : { [field.name]: HOSTILE_TEXT[0] } });
      await expect(create).rejects.toMatchObject({ errors: [{ field: field.name }] });
    }
    const plan = await wrenfield.storedPlan();
    const change = attempt(() => wrenfield.store.updateRow({ section: 'plan', planId: plan.header.planId, key: plan.header.key, etag: plan.header.etag, changes: checkedChanges('plan', { CouncilName: HOSTILE_TEXT[1] }) }));
    await expect(change).rejects.toMatchObject({ errors: [{ field: 'CouncilName', message: 'Council must be plain text, without HTML or script.' }] });
    expect(wrenfield.writesSent()).toBe(sent);
    expect(await wrenfield.site.store.listPlans()).toEqual(plansBefore);
  });
});
