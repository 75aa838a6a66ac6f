import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPlan, type DocumentLanguage } from '../../src/documents/export';
import { translateFor } from '../../src/i18n/catalogues';
import { PAGES, ROW_SECTIONS, sectionById, type SectionDef } from '../../src/plan';
import { pdfText } from './pdf-text';
import { TODAY, samplePlan } from './sample-plan';
import { toPdf } from './to-pdf';

const welsh = translateFor('cy-GB');
const english = translateFor('en-GB');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The headings a LAPP has, in the template's order, in one language: title, details, sign-off, then each page and table. */
function headingsIn(t: typeof welsh): string[] {
  const sections = (ROW_SECTIONS as readonly SectionDef[]).filter((s) => s.page !== 'meetings');
  const pages = [...new Set(sections.map((s) => s.page))].map((id) => PAGES.find((p) => p.id === id)?.title ?? id);
  return [
    t.schema(sectionById('plan').templateTitle),
    t('document.lapp.detailsHeading'),
    t('document.lapp.signOffHeading'),
    t.schema(pages[0]!),
    ...sections.map((s) => t.schema(s.templateTitle)),
  ].map(oneLine);
}

/** Where each heading is found in the text, searching on from the one before: -1 for one missing or out of order. */
function positionsInOrder(text: string, headings: readonly string[], from = 0): number[] {
  let at = from;
  return headings.map((heading) => {
    const found = text.indexOf(heading, at);
    if (found >= 0) at = found + heading.length;
    return found;
  });
}

describe.each<[DocumentLanguage]>([['cy-GB'], ['bilingual']])('the %s LAPP, printed to PDF by LibreOffice', (language) => {
  let dir: string;
  let text: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), `lapp-${language}-pdf-`));
    const exported = await exportPlan(samplePlan(), 'lapp', { today: TODAY, language });
    const pdf = toPdf(exported.bytes, dir);
    text = oneLine(pdfText(pdf, readFileSync(pdf)));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has every Welsh heading, in the template’s order', () => {
    const headings = headingsIn(welsh);
    const positions = positionsInOrder(text, headings.map((h) => h));
    expect(headings.filter((_, i) => positions[i]! < 0)).toEqual([]);
  });

  it('gives dates in Welsh and the Welsh sign-off wording', () => {
    expect(text).toContain(`${welsh('document.lapp.producedOn')}: 10 Chwef 2031`);
    expect(text).toContain(welsh('document.lapp.signOffStatement'));
  });

  if (language === 'bilingual') {
    it('puts the English after the whole of the Welsh, with its headings in order too', () => {
      const lastWelsh = text.indexOf(headingsIn(welsh).at(-1)!);
      const englishStart = text.indexOf(english('document.lapp.detailsHeading'));
      expect(englishStart).toBeGreaterThan(lastWelsh);
      const headings = headingsIn(english);
      const positions = positionsInOrder(text, headings, lastWelsh);
      expect(headings.filter((_, i) => positions[i]! < 0)).toEqual([]);
    });
  } else {
    it('has no English headings', () => {
      expect(text).not.toContain(english('document.lapp.detailsHeading'));
      expect(text).not.toContain(english('document.lapp.signOffHeading'));
    });
  }
});
