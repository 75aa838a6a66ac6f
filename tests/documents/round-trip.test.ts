import { exportPlan } from '../../src/documents/export';
import { commitImport, previewImport } from '../../src/documents/import';
import { ROW_SECTIONS, type AnyRow, type SectionDef } from '../../src/plan';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { TODAY, samplePlan } from './sample-plan';

/** The sections a LAPP document carries: every template page (meeting records are the app's own). */
const TEMPLATE_SECTIONS = (ROW_SECTIONS as readonly SectionDef[]).filter((s) => s.page !== 'meetings');

function valuesBySection(rows: readonly AnyRow[]): Record<string, unknown[]> {
  return Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s.id, rows.filter((r) => r.section === s.id).sort((a, b) => a.order - b.order).map((r) => r.values)]));
}

describe('exporting a plan and importing the document into an empty plan', () => {
  it('reproduces every row of every template table, in order', async () => {
    const plan = samplePlan();
    const exported = await exportPlan(plan, 'lapp', { today: TODAY });
    const store = new MemoryPlanStore();
    await store.createPlan({ council: 'Empty Fen Council', census: 'Census 2031' });
    const empty = await store.loadPlan('empty-fen-council');
    const preview = await previewImport({ bytes: exported.bytes, fileName: exported.fileName, planId: 'empty-fen-council', plan: empty });
    expect(preview.format).toBe('docx');
    const result = await commitImport(store, preview);
    expect(result.failed).toEqual([]);
    const original = TEMPLATE_SECTIONS.flatMap((s) => plan.sections[s.id as keyof typeof plan.sections] as readonly AnyRow[]);
    expect(valuesBySection(store.planRows('empty-fen-council'))).toEqual(valuesBySection(original));
  });

  it('finds nothing in its own export that it cannot place', async () => {
    const exported = await exportPlan(samplePlan(), 'lapp', { today: TODAY });
    const preview = await previewImport({ bytes: exported.bytes, fileName: exported.fileName, planId: 'another-plan' });
    const unplaced = [...preview.unplaced, ...preview.sections.flatMap((s) => s.unplaced)];
    expect(unplaced).toEqual([]);
  });
});
