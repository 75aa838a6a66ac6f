import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPlan } from '../../src/documents/export';
import { SIGN_OFF_STATEMENT } from '../../src/documents/export/lapp-document';
import { ROW_SECTIONS, type SectionDef } from '../../src/plan';
import { pdfText } from './pdf-text';
import { TODAY, samplePlan } from './sample-plan';

/** Word → PDF with LibreOffice, in a profile of its own so parallel runs do not share one. */
function toPdf(docx: Uint8Array, dir: string): string {
  const file = path.join(dir, 'lapp.docx');
  writeFileSync(file, docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return path.join(dir, 'lapp.pdf');
}

describe('the exported LAPP, printed to PDF', () => {
  let dir: string;
  let text: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lapp-pdf-'));
    const exported = await exportPlan(samplePlan(), 'lapp', { today: TODAY });
    const pdf = toPdf(exported.bytes, dir);
    text = pdfText(pdf, readFileSync(pdf));
  }, 180_000);
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
