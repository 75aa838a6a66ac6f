import { readFileSync } from 'node:fs';
import { commitImport, previewImport, type ImportPreview, type SectionPreview } from '../../src/documents/import';
import { describeWithSeed, hasSeed, seedPath } from '../support/seed';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { inEnglish } from './import-said';

const SEED_FILE = '000_9a6c7e61d299c4e1.txt';
const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(seedPath(SEED_FILE)));

let preview: ImportPreview;
beforeAll(async () => {
  if (!hasSeed(SEED_FILE)) return;
  preview = await previewImport({ bytes: seedBytes(), fileName: 'lapp.txt', planId: 'seed-council' });
});

function section(id: string): SectionPreview {
  const found = preview.sections.find((s) => s.id === id);
  if (!found) throw new Error(`The preview has no section ${id}`);
  return found;
}

const valuesOf = (id: string, name: string): unknown[] => section(id).rows.map((r) => r.values[name]);

describeWithSeed('importing the seed LAPP text', SEED_FILE, () => {
  it.each([
    ['areaProfileReview', 11],
    ['localChallenges', 10],
    ['localPriorities', 8],
    ['onsTopGroups', 7],
    ['otherGroups', 10],
    ['agreedTopTen', 10],
    ['communityUpdates', 20],
    ['recruitmentHelp', 8],
    ['practicalSupport', 8],
    ['supportChecklist', 10],
    ['socialMediaChecklist', 8],
    ['qualityAssurance', 8],
    ['plannedCommunication', 3],
    ['internalPromotion', 2],
    ['addressIndex', 1],
    ['concernsRaised', 1],
    ['supportCentres', 3],
  ])('creates the rows of %s (%i)', (id, count) => {
    expect(section(id).rows).toHaveLength(count);
  });

  it('keeps each strand’s local priority', () => {
    expect(section('localPriorities').rows.map((r) => [r.values.Strand, r.values.Priority])).toEqual([
      ['1 Address register', 'Low'],
      ['2 Local challenges', 'Medium'],
      ['3 Community liaison', 'High'],
      ['4 Recruitment', 'High'],
      ['5 Practical support', 'Medium'],
      ['6 Online completion', 'Medium'],
      ['7 Publicity and media', 'High'],
      ['8 Quality assurance', 'Medium'],
    ]);
  });

  it('reads the checklists’ TRUE/FALSE as ticks', () => {
    const first = section('supportChecklist').rows[0]?.values;
    expect(first).toMatchObject({ Item: 'Promoted Census 2021 on your website?', Announce: true, Address: false, ActNow: false, NextSteps: 'Action from January 21' });
    expect(valuesOf('supportChecklist', 'Announce').filter((v) => v === true)).toHaveLength(4);
    expect(valuesOf('socialMediaChecklist', 'Announce').every((v) => v === false)).toBe(true);
  });

  it('pairs each quality assurance question with its answer', () => {
    const qa = section('qualityAssurance').rows.map((r) => r.values);
    expect(qa.every((v) => typeof v.Question === 'string' && typeof v.Answer === 'string')).toBe(true);
    expect(qa[6]).toMatchObject({ Answer: 'Yes' });
    expect(String(qa[6]?.Question)).toMatch(/Council Tax team/);
  });

  it('merges a concern whose text ran over several lines into one row', () => {
    const [concern] = section('concernsRaised').rows;
    expect(concern?.lines).toHaveLength(3);
    expect(concern?.values).toMatchObject({
      Month: 'December 20',
      Community: 'Asylum Seekers',
      Concern: 'Group recently arrived and put in local housing - no English language skills, some local tensions, group is very insular',
      ActionTaken: 'CEM identified group as another community in plans , begun engagement and notified HQ',
    });
  });

  it('splits three support centres run together on one line, with their dates and notes', () => {
    expect(section('supportCentres').rows.map((r) => [r.values.Centre, r.values.SharedOn, r.values.Notes])).toEqual([
      ['Vanny Radio Community Broadcasters (Vanny Radio-Community Broadcasters)', '2021-01-21', 'Acknowledged'],
      ['Coventry Central Library (Coventry Libraries and Information Service)', '2021-01-21', 'Acknowledged'],
      ['Holbrooks Community Care Association (Holbrooks Community Care Association)', '2021-01-21', 'Acknowledged'],
    ]);
  });

  it('reports a run-together line whose parts do not line up instead of guessing', () => {
    expect(section('offersOfHelp').rows).toHaveLength(0);
    const unplaced = section('offersOfHelp').unplaced;
    expect(unplaced).toEqual([expect.objectContaining({ kind: 'problem', reason: expect.objectContaining({ id: 'import.reason.notImported' }) })]);
    expect(inEnglish(unplaced[0]?.reason)).toMatch(/3 rows run together, but Action needed does not split into 3/);
  });

  it('reads the dates people wrote', () => {
    expect(valuesOf('localChallenges', 'SharedOn')).toContain('2020-10-28');
    expect(valuesOf('communityUpdates', 'UpdateDate').every((d) => d === '2021-01-01')).toBe(true);
    expect(valuesOf('internalPromotion', 'BriefingDate')).toEqual(['2020-10-29', '2020-11-12']);
  });

  it('turns "22nd March to 26th March" into a span in the census year and says so', () => {
    const hub = section('practicalSupport').rows[0];
    expect(hub?.values).toMatchObject({ NeededFrom: '2021-03-22', NeededUntil: '2021-03-26', Confirmed: 'TBC' });
    expect(hub?.notes.map(inEnglish).join(' ')).toMatch(/read as 2021.*Census 2021/);
    expect(preview.assumedYear).toEqual({ year: 2021, reason: { id: 'import.year.census', values: { year: '2021' } } });
  });

  it('leaves a TBC date empty with a note', () => {
    const [facility] = section('completionFacilities').rows;
    expect(facility?.values).toMatchObject({ NeededFrom: null, StaffBriefed: 'TBC' });
    expect(facility?.notes.map(inEnglish).join(' ')).toMatch(/TBC.*left empty/);
  });

  it('reports a row that fails validation with the field’s message, and does not create it', () => {
    const unplaced = section('plannedCommunication').unplaced;
    expect(unplaced).toEqual([expect.objectContaining({ line: 55, kind: 'problem', where: { kind: 'line', line: 55 } })]);
    expect(inEnglish(unplaced[0]?.reason)).toBe('Not imported: Attendees is required.');
  });

  it('imports the community priorities grid cell by cell', () => {
    const cells = section('communityPriorities').rows.map((r) => r.values);
    expect(cells).toHaveLength(242);
    expect(cells).toContainEqual({ ChannelGroup: 'Local intermediary organisations in the community', Channel: 'Citizens Advice', Community: 'Indian', Priority: 'Low' });
    expect(cells).toContainEqual({ ChannelGroup: 'Media', Channel: 'Local', Community: 'General', Priority: 'Medium' });
    expect(cells).toContainEqual({ ChannelGroup: 'Local authority communication mechanisms', Channel: 'Website', Community: 'Arab', Priority: 'High' });
    expect(cells).toContainEqual({ ChannelGroup: 'Communication direct to public', Channel: 'Shops,', Community: 'Afgans', Priority: 'High' });
    expect(new Set(cells.map((c) => c.ChannelGroup)).size).toBe(4);
  });

  it('accounts for every table line between a heading and the next: placed or reported', () => {
    const text = readFileSync(seedPath(SEED_FILE), 'utf8').split(/\r?\n/);
    const accounted = new Set<number>([
      ...preview.unplaced.map((u) => u.line),
      ...preview.sections.flatMap((s) => [...s.tables.map((t) => t.line), ...s.rows.flatMap((r) => r.lines), ...s.unplaced.map((u) => u.line)]),
    ]);
    const tableLines = text.map((line, i) => ({ line, n: i + 1 })).filter(({ line }) => line.includes('\t'));
    expect(tableLines.length).toBeGreaterThan(200);
    expect(tableLines.filter(({ n }) => !accounted.has(n))).toEqual([]);
  });

  it('says why each line it did not place was left', () => {
    const all = [...preview.unplaced, ...preview.sections.flatMap((s) => s.unplaced)];
    expect(all.every((u) => inEnglish(u.reason).length > 10)).toBe(true);
    expect(all.filter((u) => /hint for adding rows/.test(inEnglish(u.reason))).length).toBeGreaterThan(0);
  });
});

describeWithSeed('committing the seed import', SEED_FILE, () => {
  it('writes the previewed rows once, however often the same file is imported', async () => {
    const store = new MemoryPlanStore();
    const first = await commitImport(store, preview);
    expect(first.failed).toEqual([]);
    expect(store.planRows('seed-council')).toHaveLength(preview.counts.rows);
    const again = await previewImport({ bytes: seedBytes(), fileName: 'lapp.txt', planId: 'seed-council' });
    await commitImport(store, again);
    expect(store.planRows('seed-council')).toHaveLength(preview.counts.rows);
    expect(store.creates).toHaveLength(2 * preview.counts.rows);
  });

  it('marks rows an earlier import made and does not send them again', async () => {
    const store = new MemoryPlanStore();
    await store.createPlan({ council: 'Seed Council', census: 'Census 2021' });
    const first = await previewImport({ bytes: seedBytes(), fileName: 'lapp.txt', planId: 'seed-council', plan: await store.loadPlan('seed-council') });
    await commitImport(store, first);
    const plan = await store.loadPlan('seed-council');
    // The new plan's eight strand rows are filled in, not joined by eight more.
    expect(plan.sections.localPriorities).toHaveLength(8);
    expect(plan.sections.localPriorities.filter((r) => r.values.Priority !== null)).toHaveLength(section('localPriorities').rows.filter((r) => r.values.Priority !== null).length);
    const again = await previewImport({ bytes: seedBytes(), fileName: 'lapp.txt', planId: 'seed-council', plan });
    expect(again.counts.newRows).toBe(0);
    const progress: number[] = [];
    const result = await commitImport(store, again, { onProgress: (p) => progress.push(p.done) });
    expect(result).toEqual({ written: 0, skipped: preview.counts.rows, details: 0, failed: [] });
    expect(progress).toEqual([0]);
  });

  it('keeps two identical rows of one table as two rows', () => {
    const students = section('communityUpdates').rows.filter((r) => r.values.Community === 'Students');
    expect(students).toHaveLength(2);
    expect(students[0]?.key).not.toBe(students[1]?.key);
  });
});
