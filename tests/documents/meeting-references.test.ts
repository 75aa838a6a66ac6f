import { exportOutline, exportPlan } from '../../src/documents/export';
import { previewImport } from '../../src/documents/import';
import type { Plan } from '../../src/plan';
import { PLAN_ID, TODAY, samplePlan } from './sample-plan';

/** The sample plan with its first concern raised at its third meeting (2 February 2031). */
function planWithConcernFromMeeting(): Plan {
  const plan = samplePlan();
  const [first, ...rest] = plan.sections.concernsRaised;
  return { ...plan, sections: { ...plan.sections, concernsRaised: [{ ...first!, values: { ...first!.values, RaisedInMeeting: 'meeting-3' } }, ...rest] } };
}

function concernsTable(plan: Plan): { headers: string[]; rows: string[][] } {
  const outline = exportOutline(plan, 'lapp', { today: TODAY });
  const found = outline.blocks.find((b) => b.kind === 'table' && b.headers.includes('Raised at meeting'));
  if (!found || found.kind !== 'table') throw new Error('The LAPP has no concerns table.');
  return { headers: [...found.headers], rows: found.rows.map((r) => [...r]) };
}

describe('a meeting named in a LAPP table', () => {
  it('is written as the meeting’s date, never as the app’s key', () => {
    const { headers, rows } = concernsTable(planWithConcernFromMeeting());
    const column = headers.indexOf('Raised at meeting');
    expect(rows[0]![column]).toBe('02/02/2031');
    expect(rows.flat().join(' ')).not.toMatch(/meeting-\d/);
  });

  it('is read back to that meeting when the document comes back into its plan', async () => {
    const plan = planWithConcernFromMeeting();
    const exported = await exportPlan(plan, 'lapp', { today: TODAY });
    const preview = await previewImport({ bytes: exported.bytes, fileName: exported.fileName, planId: PLAN_ID, plan });
    const concerns = preview.sections.find((s) => s.id === 'concernsRaised')!.rows;
    expect(concerns[0]!.values.RaisedInMeeting).toBe('meeting-3');
    expect(concerns[0]!.notes.map((n) => n.id)).not.toContain('import.note.noSuchMeeting');
  });

  it('is left empty, with a note saying why, in a plan that held no meeting that day', async () => {
    const exported = await exportPlan(planWithConcernFromMeeting(), 'lapp', { today: TODAY });
    const preview = await previewImport({ bytes: exported.bytes, fileName: exported.fileName, planId: 'another-plan' });
    const concern = preview.sections.find((s) => s.id === 'concernsRaised')!.rows[0]!;
    expect(concern.values.RaisedInMeeting).toBeNull();
    expect(concern.notes).toContainEqual({ id: 'import.note.noSuchMeeting', values: { label: { schema: 'Raised at meeting' }, text: '02/02/2031' } });
  });
});
