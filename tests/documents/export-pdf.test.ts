import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPlan } from '../../src/documents/export';
import { SIGN_OFF_STATEMENT } from '../../src/documents/export/lapp-document';
import { PAGES, ROW_SECTIONS, STRANDS, type SectionDef } from '../../src/plan';
import { shownFields } from '../../src/documents/export/cell-text';
import { pdfPages, pdfText, type PdfPage } from './pdf-text';
import { TODAY, samplePlan } from './sample-plan';
import { toPdf } from './to-pdf';

describe('the exported LAPP, printed to PDF', () => {
  let dir: string;
  let text: string;
  let pages: PdfPage[];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lapp-pdf-'));
    const exported = await exportPlan(samplePlan(), 'lapp', { today: TODAY });
    const pdf = toPdf(exported.bytes, dir);
    text = pdfText(pdf, readFileSync(pdf));
    pages = pdfPages(readFileSync(pdf));
  }, 180_000);

  it('is printed on portrait pages (landscape only for a table too wide for portrait), with the council and census on the front page', () => {
    expect(pages.length).toBeGreaterThan(2);
    const wide = (ROW_SECTIONS as readonly SectionDef[]).filter((s) => shownFields(s).length > 6).map((s) => s.templateTitle);
    const landscape = pages.filter((p) => p.width > p.height);
    expect(landscape.length).toBeLessThan(pages.length / 2);
    expect(landscape.every((p) => wide.some((title) => p.text.includes(title)))).toBe(true);
    expect(pages[0]?.height).toBeGreaterThan(pages[0]?.width ?? Infinity);
    expect(pages[0]?.text).toContain('Harrow Fen Council');
    expect(pages[0]?.text).toContain('Census 2031');
  });

  it('never leaves a heading alone at the foot of a page', () => {
    // Nor its guidance line: both lead into the table below them.
    const sections = ROW_SECTIONS as readonly SectionDef[];
    const headings = [...PAGES.map((p) => p.title), ...sections.map((s) => s.templateTitle), ...sections.flatMap((s) => (s.help ? [s.help] : [])), 'Sign-off'];
    const alone = pages.slice(0, -1).flatMap((p, i) => headings.filter((h) => p.text.endsWith(h.replace(/\s+/g, ' '))).map((h) => `page ${i + 1}: ${h}`));
    expect(alone).toEqual([]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each((ROW_SECTIONS as readonly SectionDef[]).filter((s) => s.page !== 'meetings').map((s) => [s.templateTitle]))(
    'shows the heading "%s"',
    (title) => {
      expect(text).toContain(title.replace(/\s+/g, ' '));
    },
  );

  it('shows the sign-off statement, who signed and when, and the date it was produced', () => {
    expect(text).toContain(SIGN_OFF_STATEMENT);
    expect(text).toContain('ACLM Priya Marsh Signed in the app 22 Jan 2031');
    expect(text).toContain('CLM Owen Hale Not signed yet');
    expect(text).toContain('Produced on: 10 Feb 2031');
  });

  it('keeps the template’s order of sections', () => {
    const titles = (ROW_SECTIONS as readonly SectionDef[]).filter((s) => s.page !== 'meetings').map((s) => text.indexOf(s.templateTitle));
    expect(titles).toEqual([...titles].sort((a, b) => a - b));
  });
});

describe('the progress note, printed to PDF', () => {
  let dir: string;
  let text: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'note-pdf-'));
    const exported = await exportPlan(samplePlan(), 'progress-note', { today: TODAY, since: '2031-01-15' });
    const pdf = toPdf(exported.bytes, dir, 'note');
    text = pdfText(pdf, readFileSync(pdf));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says “Nothing recorded” for no strand that has rows in the period', () => {
    const plan = samplePlan();
    const since = '2031-01-15';
    // Strands with a dated row of their own tables in the period (read from the plan, not the note).
    const active = new Set<number>();
    for (const s of ROW_SECTIONS as readonly SectionDef[]) {
      const date = s.fields.find((f) => f.kind === 'date');
      if (s.strand === undefined || !date || s.page === 'meetings') continue;
      const rows = plan.sections[s.id as keyof typeof plan.sections] as readonly { values: Record<string, unknown> }[];
      if (rows.some((r) => typeof r.values[date.name] === 'string' && (r.values[date.name] as string) >= since && (r.values[date.name] as string) <= TODAY)) active.add(s.strand);
    }
    expect(active.size).toBeGreaterThan(2);
    for (const strand of STRANDS) {
      const start = text.indexOf(`4.${strand.id} ${strand.name}`);
      const end = text.indexOf(strand.id === STRANDS.length ? '5 Risks and issues' : `4.${strand.id + 1} `, start + 1);
      expect(start).toBeGreaterThanOrEqual(0);
      const part = text.slice(start, end);
      if (active.has(strand.id)) expect(part).not.toContain('Nothing recorded');
    }
    expect(text).toContain('Nothing recorded since 15 Jan 2031');
  });
});
