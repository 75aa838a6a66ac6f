/**
 * A fictional Welsh council's LAPP as councils fill in the Word template: the template's own
 * table shapes (a grid with its groups merged down, ticked and ranked; a table split across a
 * page break; a cell with two paragraphs; empty rows left in; the one "Contact number and
 * email" cell; the sign-off signed on paper), and every way people write dates.
 */
import { HeadingLevel, PageBreak, Paragraph } from 'docx';
import { exportPlan } from '../../src/documents/export';
import { commitImport, previewImport, previewNewPlanImport, type ImportPreview } from '../../src/documents/import';
import { ROW_SECTIONS, STRANDS, type AnyRow, type SectionDef } from '../../src/plan';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { DocumentError } from '../../src/documents/errors';
import { inEnglish } from './import-said';
import { heading, table, wordFile, type CellSpec } from './word-tables';

const hint = (): Paragraph => new Paragraph("To add another row right click on the last row of the table above and select 'add another row'");

const DATES = ['w/c 9 March', '9–27 March 2031', '2nd Dec 2030', '19.11.2030', 'March 2031', 'Spring 2031', 'TBC'];

async function councilLapp(): Promise<Uint8Array> {
  return wordFile([
    new Paragraph({ text: 'LOCAL AUTHORITY PARTNERSHIP PLAN (LAPP)', heading: HeadingLevel.TITLE }),
    new Paragraph('Our plan for Census 2031.'),
    new Paragraph('“We confirm that the plan has been drawn up in partnership with the local authority.”'),
    table([
      ['ACLM Digital Signature', 'CLM Digital Signature', 'Date:'],
      ['Siân Prŷs', 'Dafydd Ŵen', '2nd Dec 2030'],
    ]),
    new Paragraph(''),
    table([['Name of LA:', 'Cyngor Bro Ŵyrfa']]),
    heading('Key Contacts'),
    table([
      ['Name', 'Email', 'Number', 'Organisation', 'Role'],
      ['Siân Prŷs', 'sian.prys@wyrfa.example', '01632 960 101', 'Cyngor Bro Ŵyrfa', 'ACLM'],
      ['Dafydd Ŵen', 'dafydd.wen@wyrfa.example', '01632 960 102', 'Cyngor Bro Ŵyrfa', 'CLM'],
      ['', '', '', '', ''],
    ]),
    hint(),
    heading('Internal Census promotion/training'),
    table([
      ['Audience', 'Audience Topics covered', 'Briefed by', 'Date of Briefing', 'Outcome'],
      ...DATES.slice(0, 4).map((d, i): CellSpec[] => [`Team ${i + 1} at Tŷ Glâs`, 'Why the census matters', 'CEM', d, i === 0 ? { lines: ['Slides sent.', 'Follow-up booked.'] } : 'Done.']),
    ]),
    // The same table carried on over a page break, as Word splits it.
    new Paragraph({ children: [new PageBreak()] }),
    table(DATES.slice(4).map((d, i): CellSpec[] => [`Team ${i + 5} at Tŷ Glâs`, 'Why the census matters', 'CEM', d, 'Done.'])),
    hint(),
    heading('Local Priorities'),
    table([
      ['Partnership Strands', 'Local Priority', 'Notes / Comments'],
      ...STRANDS.map((s): CellSpec[] => [s.name, s.id === 1 ? 'H' : s.id === 3 ? 'Medium' : '', s.id === 3 ? 'Welsh speakers in the uplands.' : '']),
    ]),
    heading('Community Priorities Checklist'),
    table([
      ['', 'Engagement', 'Older people', 'Welsh speakers'],
      [{ text: 'Media', merge: 'restart' }, 'Social media', '✓', 'x'],
      [{ text: '', merge: 'continue' }, 'Local radio', 'Y', ''],
      [{ text: '', merge: 'continue' }, 'Other (insert)', '', ''],
      [{ text: 'Local authority communication mechanisms', merge: 'restart' }, 'Website', 'H', 'M'],
      [{ text: '', merge: 'continue' }, 'Council newsletter', 'yes', 'L'],
      [{ text: '', merge: 'continue' }, 'Other (insert)', '', ''],
    ]),
    heading('Support checklist:'),
    table([
      ['Support checklist:', 'Announce', 'Address', 'Act Now', 'Next steps/actions'],
      ['Has the local authority:', '', '', '', ''],
      ['Promoted the census on the Council website?', '✓', '', '', 'Council web team'],
    ]),
    heading('Press Office Contact'),
    table([
      ['Name', 'Role/position', 'Contact number and email'],
      ['Gwenllian Âp', 'Press officer', { lines: ['01632 960 555', 'press@wyrfa.example'] }],
    ]),
    heading('Strand 8 - Provide local data to support quality assurance (QA)'),
    table([
      ['Question', 'Answer'],
      ['What checks will the council do?', 'Compare with the council tax base.'],
    ]),
    new Paragraph('CEM Record Date sent to ONS Quality Assurance Team'),
    new Paragraph('Sent 22/11/2030'),
  ]);
}

const TEMPLATE_SECTIONS = (ROW_SECTIONS as readonly SectionDef[]).filter((s) => s.page !== 'meetings');
const rowsOf = (preview: ImportPreview, id: string) => preview.sections.find((s) => s.id === id)?.rows ?? [];

function valuesBySection(rows: readonly AnyRow[]): Record<string, unknown[]> {
  return Object.fromEntries(
    TEMPLATE_SECTIONS.map((s) => [
      s.id,
      rows
        .filter((r) => r.section === s.id)
        .sort((a, b) => a.order - b.order)
        .map((r) => r.values),
    ]),
  );
}

let bytes: Uint8Array;
let store: MemoryPlanStore;
let preview: ImportPreview;
beforeAll(async () => {
  bytes = await councilLapp();
  store = new MemoryPlanStore();
  ({ preview } = await previewNewPlanImport({ bytes, fileName: 'wyrfa.docx', store }));
});

describe('a council’s Word LAPP, imported as a new plan', () => {
  it('makes the plan the document names', async () => {
    expect(preview.planId).toBe('cyngor-bro-wyrfa');
    const plans = await store.listPlans();
    expect(plans.map((p) => [p.council, p.census])).toEqual([['Cyngor Bro Ŵyrfa', 'Census 2031']]);
  });

  it('records the paper signatures with their date, and gives the ACLM and CLM their emails (and so their roles)', async () => {
    await commitImport(store, preview);
    const header = (await store.loadPlan('cyngor-bro-wyrfa')).header.values;
    expect(header).toMatchObject({
      Aclm: 'Siân Prŷs <sian.prys@wyrfa.example>',
      Clm: 'Dafydd Ŵen <dafydd.wen@wyrfa.example>',
      AclmSignedBy: 'Siân Prŷs',
      AclmSignedOn: '2030-12-02',
      AclmSignedOnPaper: true,
      ClmSignedBy: 'Dafydd Ŵen',
      ClmSignedOn: '2030-12-02',
      ClmSignedOnPaper: true,
      QaSentOn: '2030-11-22',
    });
  });

  it('reads every date form, keeps the words as written, and never drops a row for its date', () => {
    const rows = rowsOf(preview, 'internalPromotion').map((r) => [r.values.BriefingDate, r.values.BriefingDateText]);
    expect(rows).toEqual([
      ['2031-03-09', 'w/c 9 March'],
      ['2031-03-09', '9–27 March 2031'],
      ['2030-12-02', '2nd Dec 2030'],
      ['2030-11-19', '19.11.2030'],
      ['2031-03-01', 'March 2031'],
      [null, 'Spring 2031'],
      [null, 'TBC'],
    ]);
    const spring = rowsOf(preview, 'internalPromotion')[5];
    expect(spring?.notes[0]).toMatchObject({ id: 'import.note.unreadDate', values: { text: 'Spring 2031' } });
    expect(spring?.notes.map(inEnglish).join(' ')).toMatch(/^Check: .*"Spring 2031" cannot be read as a day/);
  });

  it('keeps a table split across a page break as one table, and a cell’s two paragraphs in one cell', () => {
    const rows = rowsOf(preview, 'internalPromotion');
    expect(rows.map((r) => r.values.Audience)).toEqual(DATES.map((_, i) => `Team ${i + 1} at Tŷ Glâs`));
    expect(rows[0]?.values.Outcome).toBe('Slides sent.\nFollow-up booked.');
  });

  it('stores the grid as the council wrote it, ticks and priorities, with each group from its merged cell', () => {
    const cells = rowsOf(preview, 'communityPriorities').map((r) => r.values);
    expect(cells).toEqual([
      { ChannelGroup: 'Media', Channel: 'Social media', Community: 'Older people', Priority: 'Ticked' },
      { ChannelGroup: 'Media', Channel: 'Social media', Community: 'Welsh speakers', Priority: 'Ticked' },
      { ChannelGroup: 'Media', Channel: 'Local radio', Community: 'Older people', Priority: 'Ticked' },
      { ChannelGroup: 'Local authority communication mechanisms', Channel: 'Website', Community: 'Older people', Priority: 'High' },
      { ChannelGroup: 'Local authority communication mechanisms', Channel: 'Website', Community: 'Welsh speakers', Priority: 'Medium' },
      { ChannelGroup: 'Local authority communication mechanisms', Channel: 'Council newsletter', Community: 'Older people', Priority: 'Ticked' },
      { ChannelGroup: 'Local authority communication mechanisms', Channel: 'Council newsletter', Community: 'Welsh speakers', Priority: 'Low' },
    ]);
    // "Media | Social media" is a grid line, not the media timescales table's heading row.
    expect(preview.sections.find((s) => s.id === 'mediaTimescales')).toBeUndefined();
  });

  it('keeps a data row that mentions the council in its table', () => {
    expect(rowsOf(preview, 'supportChecklist').map((r) => r.values)).toEqual([
      { Item: 'Promoted the census on the Council website?', Announce: true, Address: null, ActNow: null, NextSteps: 'Council web team' },
    ]);
  });

  it('splits the press office’s one contact cell into number and email', () => {
    expect(rowsOf(preview, 'pressOffice').map((r) => r.values)).toEqual([
      { ContactName: 'Gwenllian Âp', Position: 'Press officer', Phone: '01632 960 555', Email: 'press@wyrfa.example' },
    ]);
  });

  it('fills the eight strand rows instead of adding more', async () => {
    const plan = await store.loadPlan('cyngor-bro-wyrfa');
    expect(plan.sections.localPriorities).toHaveLength(8);
    expect(plan.sections.localPriorities.map((r) => r.values.Priority)).toEqual(['High', null, 'Medium', null, null, null, null, null]);
  });

  it('places every table line or says why not, with no problem left', () => {
    const accounted = new Set<number>([
      ...preview.detailLines,
      ...preview.unplaced.map((u) => u.line),
      ...preview.sections.flatMap((s) => [...s.tables.map((t) => t.line), ...s.rows.flatMap((r) => r.lines), ...s.unplaced.map((u) => u.line)]),
    ]);
    expect(preview.counts.problems).toBe(0);
    expect(preview.sections.flatMap((s) => s.unplaced).every((u) => u.kind === 'template')).toBe(true);
    // Lines are numbered from 1 in reading order; every table line is among those accounted for.
    const tableLineCount = 2 + 1 + 4 + 5 + 3 + 9 + 7 + 3 + 2 + 2;
    expect([...accounted].filter((n) => n > 0).length).toBeGreaterThanOrEqual(tableLineCount);
  });

  it('adds nothing when the same document is imported again', async () => {
    const plan = await store.loadPlan('cyngor-bro-wyrfa');
    const again = await previewImport({ bytes, fileName: 'wyrfa.docx', planId: 'cyngor-bro-wyrfa', plan });
    expect(again.counts).toMatchObject({ newRows: 0, details: 0, problems: 0 });
    const before = store.rows.size;
    await commitImport(store, again);
    expect(store.rows.size).toBe(before);
  });

  it('refuses to make a second plan for the same council', async () => {
    const refused = await previewNewPlanImport({ bytes, fileName: 'wyrfa.docx', store }).then(
      () => undefined,
      (error: unknown) => error as DocumentError,
    );
    expect(refused).toBeInstanceOf(DocumentError);
    expect(inEnglish(refused?.said)).toMatch(/already a plan for Cyngor Bro Ŵyrfa/);
  });
});

describe('round trip of the imported plan', () => {
  async function roundTrip(from: MemoryPlanStore, planId: string, council: string): Promise<{ store: MemoryPlanStore; planId: string }> {
    const exported = await exportPlan(await from.loadPlan(planId), 'lapp', { today: '2031-02-10' });
    const next = new MemoryPlanStore();
    await next.createPlan({ council, census: 'Census 2031' });
    const id = (await next.listPlans())[0]?.id ?? '';
    const into = await previewImport({ bytes: exported.bytes, fileName: exported.fileName, planId: id, plan: await next.loadPlan(id) });
    expect(into.counts.problems).toBe(0);
    expect((await commitImport(next, into)).failed).toEqual([]);
    return { store: next, planId: id };
  }

  it('gives the same rows in every section, and a second round trip changes nothing', async () => {
    const original = valuesBySection(store.planRows('cyngor-bro-wyrfa'));
    const first = await roundTrip(store, 'cyngor-bro-wyrfa', 'Cyngor Prawf Un');
    expect(valuesBySection(first.store.planRows(first.planId))).toEqual(original);
    const second = await roundTrip(first.store, first.planId, 'Cyngor Prawf Dau');
    expect(valuesBySection(second.store.planRows(second.planId))).toEqual(original);
  });
});
