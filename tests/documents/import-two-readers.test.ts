import { readFileSync } from 'node:fs';
import { previewText } from '../../src/cli/commands/import';
import { previewImport, type ImportPreview } from '../../src/documents/import';
import { translateFor } from '../../src/i18n/catalogues';
import { describeWithSeed, seedPath } from '../support/seed';

const SEED_FILE = '000_9a6c7e61d299c4e1.txt';

/**
 * One preview, two readers: the preview holds no language (ids, numbers, the document's words), so
 * an English-speaking CEM and a Welsh-speaking ACLM checking the same import each read it in their
 * own language, about the same lines.
 */
describeWithSeed('one import preview read by an English and a Welsh reader', SEED_FILE, () => {
  let preview: ImportPreview;
  let english: string;
  let welsh: string;
  beforeAll(async () => {
    preview = await previewImport({ bytes: new Uint8Array(readFileSync(seedPath(SEED_FILE))), fileName: 'lapp.txt', planId: 'seed-council' });
    english = previewText(preview, 'Seed Council', translateFor('en-GB'));
    welsh = previewText(preview, 'Seed Council', translateFor('cy-GB'));
  });

  it('keeps no words of either language in the preview itself', () => {
    const stored = JSON.stringify(preview);
    expect(stored).not.toMatch(/Not imported|hint for adding rows|Heb ei fewnforio|Awgrym y templed|"line \d|"llinell \d/);
    expect(preview.sections.find((s) => s.id === 'plannedCommunication')?.unplaced[0]?.where).toEqual({ kind: 'line', line: 55 });
  });

  it('tells each reader about the same line in their own language', () => {
    expect(english).toContain('  ! line 55: Not imported: Attendees is required.');
    expect(welsh).toContain('  ! llinell 55: Heb ei fewnforio: Mae angen llenwi’r maes “Yn bresennol”.');
    expect(english).toContain('    lines 216 to 218: Merged 3 lines that continue one row.');
    expect(welsh).toContain('    llinellau 216 i 218: Unwyd 3 llinell sy’n parhau un rhes.');
  });

  it('gives each reader dates in their own language', () => {
    expect(english).toContain('set to 26 Mar 2021.');
    expect(welsh).toContain('wedi’i osod i 26 Maw 2021.');
  });

  it('says the same number of lines to each', () => {
    expect(welsh.split('\n')).toHaveLength(english.split('\n').length);
  });
});
