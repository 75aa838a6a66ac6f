/** @jest-environment jsdom */
import { SECTIONS, sectionById, type FieldValue, type IsoDate } from '../../../src/plan';
import { isOpen, isOverdue, isUnresolved } from '../../../src/plan/progress';
import { signOffState } from '../../../src/plan/sign-off';
import { columnsFor } from '../../../src/storage/graph/column-definitions';
import { BUILT_IN_VIEW_FIELDS, MANAGER_VIEWS, listTitleOf, type ManagerView } from '../../../src/storage/views';
import { eq, viewQuery } from '../../../src/storage/views/caml';
import { SAMPLE_PLANS, sampleContext } from '../../../src/server/sample-site/sample-data';

/**
 * The managers' views as data: well-formed CAML over columns the lists really have, and queries
 * that pick exactly the rows the app itself calls open, overdue, unresolved or awaiting sign-off.
 */
type Values = Readonly<Record<string, FieldValue>>;
const TODAY: IsoDate = '2031-01-10';

function parse(view: ManagerView): Document {
  return new DOMParser().parseFromString(`<Query>${view.query.xml}</Query>`, 'application/xml');
}

/** What SharePoint does with a view's Where, for the operators the views use; null never compares. */
function matches(node: Element, row: Values): boolean {
  const [first, second] = Array.from(node.children);
  const field = () => row[first!.getAttribute('Name')!] ?? null;
  const value = (): FieldValue => {
    const type = second!.getAttribute('Type');
    if (second!.querySelector('Today')) return TODAY;
    const text = second!.textContent ?? '';
    if (type === 'Boolean') return text === '1';
    return type === 'Number' ? Number(text) : text;
  };
  const compare = (test: (a: FieldValue, b: FieldValue) => boolean) => field() !== null && test(field(), value());
  switch (node.tagName) {
    case 'And':
      return matches(first!, row) && matches(second!, row);
    case 'Or':
      return matches(first!, row) || matches(second!, row);
    case 'Eq':
      return compare((a, b) => a === b);
    case 'Neq':
      return compare((a, b) => a !== b);
    case 'Lt':
      return compare((a, b) => a! < b!);
    case 'In':
      return field() !== null && Array.from(second!.children).some((v) => v.textContent === String(field()));
    case 'IsNull':
      return field() === null;
    case 'IsNotNull':
      return field() !== null;
    default:
      throw new Error(`The test does not know CAML <${node.tagName}>`);
  }
}

function selects(view: ManagerView, row: Values): boolean {
  const where = parse(view).querySelector('Query > Where');
  return where ? matches(where.firstElementChild!, row) : true;
}

const view = (title: string) => MANAGER_VIEWS.find((v) => v.title === title)!;
const samples = SAMPLE_PLANS.map(({ council, build }) => build(sampleContext(TODAY, council)));

describe("the managers' SharePoint views", () => {
  it('include the views managers asked for, each title once per list', () => {
    expect(MANAGER_VIEWS.map((v) => v.title)).toEqual(
      expect.arrayContaining([
        'All plans by council',
        'Open actions by council',
        'Overdue actions',
        'Unresolved concerns',
        'Plans awaiting sign-off',
        'Meetings by council',
      ]),
    );
    const keys = MANAGER_VIEWS.map((v) => `${listTitleOf(v)}/${v.title}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(MANAGER_VIEWS.every((v) => SECTIONS.some((s) => s.list === listTitleOf(v)))).toBe(true);
  });

  it.each(MANAGER_VIEWS.map((v) => [v.title, v] as const))('"%s" is well-formed CAML over columns its list has', (_title, v) => {
    const doc = parse(v);
    expect(doc.querySelector('parsererror')).toBeNull();
    const columns = new Set([...columnsFor(sectionById(v.section)).map((c) => c.name), ...BUILT_IN_VIEW_FIELDS]);
    const named = Array.from(doc.querySelectorAll('FieldRef')).map((f) => f.getAttribute('Name'));
    expect(named).toEqual([...v.query.fields]);
    expect([...v.fields, ...v.query.fields].filter((f) => !columns.has(f))).toEqual([]);
  });

  it('group the "by council" views by plan', () => {
    for (const title of ['Open actions by council', 'Meetings by council']) {
      expect(parse(view(title)).querySelector('GroupBy > FieldRef')?.getAttribute('Name')).toBe('PlanId');
    }
  });

  it('pick the same open and overdue actions the app counts, in every sample plan', () => {
    const all = samples.flatMap((s) => s.rows.actions);
    const open = all.filter((values) => selects(view('Open actions by council'), values));
    const overdue = all.filter((values) => selects(view('Overdue actions'), values));
    expect(open).toEqual(all.filter((values) => isOpen({ values } as never)));
    expect(overdue).toEqual(all.filter((values) => isOverdue({ values } as never, TODAY)));
    expect(overdue.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(overdue.length);
  });

  it('pick the concerns the app calls unresolved, an unanswered one included', () => {
    const all = [...samples.flatMap((s) => s.rows.concernsRaised), { Concern: 'Nobody has answered yet', Month: 'May 2031' }];
    const picked = all.filter((values) => selects(view('Unresolved concerns'), values));
    expect(picked).toEqual(all.filter((values) => isUnresolved({ values } as never)));
    expect(picked).toContainEqual(expect.objectContaining({ Concern: 'Nobody has answered yet' }));
  });

  it('list a plan as awaiting sign-off exactly when the app says a signature is missing', () => {
    const p = 'Pat Doe <pat@council.example>';
    const headers: Values[] = [
      ...samples.map((s) => s.header),
      { Aclm: p, Clm: p },
      { Aclm: p, Clm: p, AclmSignedBy: p },
      { Aclm: p, Clm: p, AclmSignedBy: p, ClmSignedBy: p },
      { Aclm: p, AclmSignedBy: p },
      { Clm: p, AclmSignedBy: p },
      { ClmSignedBy: p },
      { AclmSignedBy: p, ClmSignedBy: p },
    ];
    const awaiting = headers.map((values) => selects(view('Plans awaiting sign-off'), values));
    expect(awaiting).toEqual(headers.map((values) => !signOffState(values as never).signed));
    expect(awaiting).toContain(true);
    expect(awaiting).toContain(false);
  });

  it('escape values, so text with markup characters stays one value', () => {
    const query = viewQuery({ where: eq('Community', 'Text', 'Fish & <chips> "crews"') });
    const doc = new DOMParser().parseFromString(`<Query>${query.xml}</Query>`, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('Where Eq Value')?.textContent).toBe('Fish & <chips> "crews"');
  });
});
