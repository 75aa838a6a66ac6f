import { SECTIONS, ValidationError, sectionById, type FieldDef, type SectionDef } from '../../src/plan';
import { lengthLimit, refusals, validRow } from './support/hostile-values';
import { postRawRow } from './support/raw-graph';
import { watchedPlanSite } from './support/watched-site';
import { attempt, checked, checkedChanges } from '../support/checked-values';

const MALFORMED_DATES = ['2031-02-30', '31/01/2031', 'tomorrow', '2031-1-5', '2031-01-05T09:00', '20310105'];
const EMPTY = ['', '   ', null];

/** Each field of a section with the kinds given, as [section.field, section, field] for it.each. */
function fieldsOfKind(kinds: readonly string[]): [string, SectionDef, FieldDef][] {
  return SECTIONS.flatMap((s) => s.fields.filter((f) => kinds.includes(f.kind)).map((f): [string, SectionDef, FieldDef] => [`${s.id}.${f.name}`, s, f]));
}

/** How each value fared: the errors it met, on create (the whole row) and on update (the field alone). */
function outcomes(section: SectionDef, field: FieldDef, values: readonly unknown[]) {
  return values.map((value) => ({
    value,
    create: refusals(section, validRow(section, { [field.name]: value as string })),
    update: refusals(section, { [field.name]: value }, 'update'),
  }));
}

function refusedWith(values: readonly unknown[], message: string, field: string) {
  const errors = [{ field, message }];
  return values.map((value) => ({ value, create: errors, update: errors }));
}

describe('lengths', () => {
  it.each(fieldsOfKind(['text', 'note', 'email', 'url']))('%s keeps to its SharePoint limit, and takes a value right at it', (_name, section, field) => {
    const max = lengthLimit(field) ?? 255;
    const over = field.kind === 'note' ? ['y'.repeat(70_000), 'y'.repeat(max + 1)] : ['y'.repeat(max + 1)];
    expect(outcomes(section, field, over)).toEqual(
      refusedWith(over, `${field.label} can be at most ${max.toLocaleString('en-GB')} characters.`, field.name),
    );
    if (field.kind === 'text' || field.kind === 'note') {
      expect(outcomes(section, field, ['z'.repeat(max)])).toEqual([{ value: 'z'.repeat(max), create: [], update: [] }]);
    }
  });
});

describe('dates', () => {
  it.each(fieldsOfKind(['date']))('%s refuses dates that do not exist or are not written YYYY-MM-DD', (_name, section, field) => {
    expect(outcomes(section, field, MALFORMED_DATES)).toEqual(refusedWith(MALFORMED_DATES, `${field.label} must be a real date (YYYY-MM-DD).`, field.name));
    expect(outcomes(section, field, ['2032-02-29'])).toEqual([{ value: '2032-02-29', create: [], update: [] }]);
  });
});

describe('choices', () => {
  it.each(fieldsOfKind(['choice']))('%s refuses a value that is not one of its choices, however close', (_name, section, field) => {
    const choices = field.choices ?? [];
    const near = ['Maybe', choices[0]!.toUpperCase() === choices[0] ? `${choices[0]}!` : choices[0]!.toUpperCase(), `${choices[0]}, ${choices[1] ?? 'x'}`];
    expect(outcomes(section, field, near)).toEqual(refusedWith(near, `${field.label} must be one of: ${choices.join(', ')}.`, field.name));
  });
});

describe('required fields', () => {
  it.each(fieldsOfKind(['text', 'note', 'date', 'choice', 'person']).filter(([, , f]) => f.required))(
    '%s is required on create and cannot be cleared on update',
    (_name, section, field) => {
      expect(outcomes(section, field, EMPTY)).toEqual(refusedWith(EMPTY, `${field.label} is required.`, field.name));
    },
  );
});

describe('bad values built for the Graph adapter, and sent to the stand-in', () => {
  const wrenfield = watchedPlanSite('Wrenfield Borough Council');

  const concerns = sectionById('concernsRaised');
  const concern = (key: string, values: Record<string, string | null>) =>
    attempt(() => wrenfield.store.createRow({ section: 'concernsRaised', planId: wrenfield.planId, key, values: checked('concernsRaised', { Month: 'March 2031', Concern: 'Low returns', ...values })}));

  it('refuses a 70,000-character note and a 256-character line by name and limit, and stores nothing', async () => {
    const before = await wrenfield.storedPlan();
    const sent = wrenfield.writesSent();
    await expect(concern('long-note', { Concern: 'y'.repeat(70_000) })).rejects.toMatchObject({
      errors: [{ field: 'Concern', message: 'Concern raised can be at most 63,999 characters.' }],
    });
    await expect(concern('long-line', { Month: 'm'.repeat(256) })).rejects.toMatchObject({
      errors: [{ field: 'Month', message: 'Month can be at most 255 characters.' }],
    });
    expect(wrenfield.writesSent()).toBe(sent);
    expect(await wrenfield.storedPlan()).toEqual(before);
  });

  it('stores a note and a line exactly at their limits, whole', async () => {
    const row = await concern('at-limits', { Concern: 'c'.repeat(63_999), Month: 'm'.repeat(255) });
    const stored = (await wrenfield.storedPlan()).sections.concernsRaised.find((r) => r.id === row.id);
    expect(stored?.values.Concern).toHaveLength(63_999);
    expect(stored?.values.Month).toHaveLength(255);
  });

  it('refuses a malformed date, an empty required date and a choice not in the list, by field, and stores nothing', async () => {
    const before = await wrenfield.storedPlan();
    const sent = wrenfield.writesSent();
    for (const date of MALFORMED_DATES) {
      await expect(concern(`date-${date}`, { ResolvedOn: date })).rejects.toMatchObject({
        errors: [{ field: 'ResolvedOn', message: 'Resolved on must be a real date (YYYY-MM-DD).' }],
      });
    }
    const meeting = attempt(() => wrenfield.store.createRow({ section: 'meetings', planId: wrenfield.planId, key: 'no-date', values: checked('meetings', { MeetingDate: '', Kind: 'Ad hoc' })}));
    await expect(meeting).rejects.toMatchObject({ errors: [{ field: 'MeetingDate', message: 'Date is required.' }] });
    const action = attempt(() => wrenfield.store.createRow({ section: 'actions', planId: wrenfield.planId, key: 'maybe', values: checked('actions', { ActionTitle: 'Book rooms', Status: 'Maybe' })}));
    await expect(action).rejects.toMatchObject({ errors: [{ field: 'Status', message: 'Status must be one of: Open, In progress, Done, Dropped.' }] });
    const row = before.sections.localPriorities[0]!;
    const change = attempt(() => wrenfield.store.updateRow({ section: 'localPriorities', planId: row.planId, key: row.key, etag: row.etag, changes: checkedChanges('localPriorities', { Priority: 'Urgent' })}));
    await expect(change).rejects.toBeInstanceOf(ValidationError);
    expect(wrenfield.writesSent()).toBe(sent);
    expect(await wrenfield.storedPlan()).toEqual(before);
  });

  it('is refused by the stand-in too, as SharePoint would, when a client goes around the app', async () => {
    const before = await wrenfield.storedPlan();
    const raw = (key: string, values: Record<string, unknown>) => postRawRow(wrenfield.site.standIn, concerns, wrenfield.planId, key, { Month: 'March 2031', Concern: 'x', ...values });
    for (const [key, values, words] of [
      ['raw-note', { Concern: 'y'.repeat(70_000) }, /Concern.*63999/],
      ['raw-line', { Month: 'm'.repeat(256) }, /Month.*255/],
      ['raw-date', { ResolvedOn: '2031-02-30' }, /ResolvedOn.*date/],
      ['raw-date-time', { ResolvedOn: '2031-02-30T00:00:00Z' }, /ResolvedOn.*date/],
      ['raw-day-first', { ResolvedOn: '31/01/2031' }, /ResolvedOn.*date/],
    ] as const) {
      const answer = await raw(key, values);
      expect([key, answer.status, answer.body?.error?.message]).toEqual([key, 400, expect.stringMatching(words)]);
    }
    const choice = await postRawRow(wrenfield.site.standIn, sectionById('actions'), wrenfield.planId, 'raw-choice', { ActionTitle: 'x', Status: 'Maybe' });
    expect([choice.status, choice.body.error.message]).toEqual([400, expect.stringMatching(/Status.*choices/)]);
    expect(await wrenfield.storedPlan()).toEqual(before);
  });
});
