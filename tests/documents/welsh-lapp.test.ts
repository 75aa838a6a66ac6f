import JSZip from 'jszip';
import { exportOutline, exportPlan, type DocumentLanguage } from '../../src/documents/export';
import { commitImport, previewImport } from '../../src/documents/import';
import { ROW_SECTIONS, type AnyRow, type SectionDef } from '../../src/plan';
import { schemaCy } from '../../src/i18n/schema-cy';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { TODAY, samplePlan } from './sample-plan';

/** The sections a LAPP document carries: every template page (meeting records are the app's own). */
const TEMPLATE_SECTIONS = (ROW_SECTIONS as readonly SectionDef[]).filter((s) => s.page !== 'meetings');

async function importedRows(language: DocumentLanguage): Promise<{ rows: readonly AnyRow[]; counts: Record<string, number>; unplaced: number }> {
  const exported = await exportPlan(samplePlan(), 'lapp', { today: TODAY, language });
  const store = new MemoryPlanStore();
  await store.createPlan({ council: 'Empty Fen Council', census: 'Census 2031' });
  const empty = await store.loadPlan('empty-fen-council');
  const preview = await previewImport({ bytes: exported.bytes, fileName: exported.fileName, planId: 'empty-fen-council', plan: empty });
  const result = await commitImport(store, preview);
  expect(result.failed).toEqual([]);
  const rows = store.planRows('empty-fen-council');
  const counts = Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s.id, rows.filter((r) => r.section === s.id).length]));
  return { rows, counts, unplaced: preview.unplaced.length + preview.sections.reduce((n, s) => n + s.unplaced.length, 0) };
}

const valuesOf = (rows: readonly AnyRow[]) =>
  TEMPLATE_SECTIONS.map((s) => rows.filter((r) => r.section === s.id).sort((a, b) => a.order - b.order).map((r) => r.values));

describe('a LAPP written in Welsh', () => {
  it('is exported with the template’s Welsh headings, labels and choices', () => {
    const text = JSON.stringify(exportOutline(samplePlan(), 'lapp', { today: TODAY, language: 'cy-GB' }).blocks);
    expect(text).toContain(schemaCy['Local Authority Partnership Plan'] ?? 'Cynllun Partneriaeth Awdurdod Lleol');
    expect(text).toContain('Manylion y cynllun');
    expect(text).toContain('"Uchel"');
    expect(text).not.toContain('"High"');
    expect(text).not.toContain('Plan details');
  });

  it('imports with the same counts and values as its English twin, and nothing left unplaced', async () => {
    const english = await importedRows('en-GB');
    const welsh = await importedRows('cy-GB');
    expect(Object.values(english.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
    expect(welsh.counts).toEqual(english.counts);
    expect(valuesOf(welsh.rows)).toEqual(valuesOf(english.rows));
    expect(welsh.unplaced).toBe(0);
  }, 60_000);

  it('puts the Welsh first in a bilingual export, each part marked with its language', () => {
    const outline = exportOutline(samplePlan(), 'lapp', { today: TODAY, language: 'bilingual' });
    expect(outline.lang).toBe('cy-GB');
    const switchAt = outline.blocks.findIndex((b) => b.kind === 'language');
    const headings = (from: number, to: number) => outline.blocks.slice(from, to).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(outline.blocks[switchAt]).toEqual({ kind: 'language', lang: 'en-GB' });
    expect(headings(0, switchAt)).toContain('Manylion y cynllun');
    expect(headings(switchAt, outline.blocks.length)).toContain('Plan details');
  });

  it('marks every run of the Word file with its language, so Word and screen readers read Welsh as Welsh', async () => {
    const languagesIn = async (language: DocumentLanguage) => {
      const { bytes } = await exportPlan(samplePlan(), 'lapp', { today: TODAY, language });
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      const marked = [...xml.matchAll(/<w:lang w:val="([^"]+)"\/>/g)].map((m) => m[1]);
      return { cy: marked.filter((l) => l === 'cy-GB').length, en: marked.filter((l) => l === 'en-GB').length };
    };
    const welsh = await languagesIn('cy-GB');
    expect(welsh.cy).toBeGreaterThan(100);
    expect(welsh.en).toBe(0);
    const both = await languagesIn('bilingual');
    expect(both.cy).toBe(welsh.cy);
    expect(both.en).toBeGreaterThan(100);
  });
});
