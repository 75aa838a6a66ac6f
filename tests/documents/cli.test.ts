import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitImport, previewImport, type ImportPreview } from '../../src/documents/import';
import { withStore } from '../../src/cli/store-from-env';
import { readDocument } from '../../src/documents/read/read-document';
import { main, type CommandIo } from '../../src/cli/main';
import { itWithSeed, seedPath } from '../support/seed';

const SEED_FILE = '000_9a6c7e61d299c4e1.txt';
const SEED = seedPath(SEED_FILE);
const PLAN = 'harrowgate-moor-council';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'lapp-cli-docs-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The commands over a local stand-in whose budget never refuses: these tests are about importing, not throttling (tests/server/metering.test.ts). */
async function lapp(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => err.push(t), env: { LAPP_DATA_DIR: dataDir, STANDIN_RU_PER_MINUTE: 'unlimited' } };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function rowCount(): Promise<number> {
  const { out } = await lapp('import', SEED, '--plan', PLAN, '--dry-run', '--json');
  const preview = JSON.parse(out) as ImportPreview;
  return preview.sections.reduce((n, s) => n + s.rows.filter((r) => r.alreadyInPlan).length, 0);
}

describe('lapp import and lapp export on a local data directory', () => {
  itWithSeed('previews the seed as JSON without writing anything', SEED_FILE, async () => {
    const { code, out } = await lapp('import', SEED, '--plan', 'Harrowgate', '--dry-run', '--json');
    expect(code).toBe(0);
    const preview = JSON.parse(out) as ImportPreview;
    const priorities = preview.sections.find((s) => s.id === 'localPriorities');
    expect(priorities).toMatchObject({ title: 'Local priorities', rows: expect.any(Array), unplaced: [] });
    expect(priorities?.rows).toHaveLength(8);
    expect(preview.sections.find((s) => s.id === 'plannedCommunication')?.unplaced).toEqual([
      expect.objectContaining({ reason: expect.objectContaining({ id: 'import.reason.rowRefused' }), where: { kind: 'line', line: 55 } }),
    ]);
    expect(await rowCount()).toBe(0);
  }, 60_000);

  itWithSeed('imports the seed, and a second import adds nothing', SEED_FILE, async () => {
    const first = await lapp('import', SEED, '--plan', PLAN);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Imported 374 rows\./);
    expect(first.err).toMatch(/Importing: 374 of 374 rows/);
    expect(await rowCount()).toBe(374);
    const again = await lapp('import', SEED, '--plan', PLAN);
    expect(again.out).toMatch(/Imported 0 rows; 374 were already in the plan\./);
  }, 120_000);

  it('imports a fictional council’s exported LAPP into another plan, and a second import adds nothing', async () => {
    const file = path.join(dataDir, 'kestrel-vale.docx');
    expect((await lapp('export', '--plan', 'kestrel-vale-district-council', '--format', 'lapp', '--out', file)).code).toBe(0);
    const first = await lapp('import', file, '--plan', 'fenmouth-borough-council');
    expect(first.code).toBe(0);
    const imported = Number(/Imported (\d+) rows/.exec(first.out)?.[1]);
    expect(imported).toBeGreaterThan(20);
    const again = await lapp('import', file, '--plan', 'fenmouth-borough-council');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(new RegExp(`Imported 0 rows; ${imported} were already in the plan\\.`));
  }, 120_000);

  itWithSeed('relies on the store: the same rows committed twice are created once', SEED_FILE, async () => {
    await withStore({ LAPP_DATA_DIR: dataDir }, async ({ store }) => {
      const planId = 'fenmouth-borough-council';
      const before = (await store.loadPlan(planId)).sections.qualityAssurance.length;
      // No plan given: the preview cannot know what is there, so only the keys stop duplicates.
      const preview = await previewImport({ bytes: new Uint8Array(readFileSync(SEED)), fileName: 'lapp.txt', planId });
      const onlyQa = { ...preview, sections: preview.sections.filter((s) => s.id === 'qualityAssurance') };
      await commitImport(store, onlyQa);
      await commitImport(store, onlyQa);
      expect((await store.loadPlan(planId)).sections.qualityAssurance).toHaveLength(before + 8);
    });
  }, 60_000);

  it('previews in Welsh with --lang cy: its own wording from the catalogue', async () => {
    const { code, out } = await lapp('import', SEED, '--plan', PLAN, '--dry-run', '--lang', 'cy');
    expect(code).toBe(0);
    expect(out).toMatch(/^Mewnforio .+ i .+ \((cynllun testun|dogfen Word)\)/);
    expect(out).toMatch(/rhes i’w creu \(\d+ yn y cynllun yn barod\)\./);
    expect(out).not.toMatch(/Import of|rows to create|already in the plan|need a look/);
    // The importer's own reasons, notes and places, not only the command's frame.
    expect(out).toMatch(/^ {2}· llinell \d+: Awgrym y templed ar gyfer ychwanegu rhesi\./m);
    expect(out).toMatch(/^ {2}! llinell 55: Heb ei fewnforio: Mae angen /m);
    expect(out).toContain('Darllenir dyddiadau heb flwyddyn fel 2021: blwyddyn y cyfrifiad y mae’r ddogfen yn ei enwi (Cyfrifiad 2021).');
    expect(out).not.toMatch(/\bline \d|hint for adding rows|Not imported|has no year|the census the document names/);
  }, 60_000);

  it('says in Welsh what is wrong with how it was called', async () => {
    const { code, err } = await lapp('import', SEED, '--lang', 'cy');
    expect(code).toBe(2);
    expect(err).toContain('Dywedwch pa gynllun gyda --plan');
    expect(err).toContain('Defnydd: lapp import FFEIL');
  });

  it('refuses a bad file with its reason', async () => {
    const { code, err } = await lapp('import', path.join(__dirname, 'sample-plan.ts'), '--plan', PLAN, '--dry-run');
    expect(code).toBe(1);
    expect(err).toMatch(/lapp import: "sample-plan.ts" does not look like a LAPP: none of the template’s tables \(such as Key Contacts or Local Priorities\)/);
  }, 60_000);

  it('refuses a bad file with its reason in Welsh with --lang cy', async () => {
    const { code, err } = await lapp('import', path.join(__dirname, 'sample-plan.ts'), '--plan', PLAN, '--dry-run', '--lang', 'cy');
    expect(code).toBe(1);
    expect(err).toBe('lapp import: Nid yw "sample-plan.ts" yn edrych fel CPALl: ni chafwyd hyd i’r un o dablau’r templed (fel Cysylltiadau Allweddol neu Blaenoriaethau Lleol) ynddi.');
  }, 60_000);

  it('exports the plan as a Word LAPP that imports back', async () => {
    const out = path.join(dataDir, 'plan.docx');
    const { code, out: said } = await lapp('export', '--plan', PLAN, '--format', 'lapp', '--out', out);
    expect(code).toBe(0);
    expect(said).toMatch(/Wrote .*plan\.docx/);
    const preview = await previewImport({ bytes: new Uint8Array(readFileSync(out)), fileName: 'plan.docx', planId: 'copy' });
    expect(preview.sections.find((s) => s.id === 'localPriorities')?.rows.length).toBeGreaterThanOrEqual(8);
  }, 60_000);

  it('exports a progress note since a date', async () => {
    const out = path.join(dataDir, 'note.docx');
    expect((await lapp('export', '--plan', PLAN, '--format', 'progress-note', '--since', '2020-01-01', '--to', 'Audit Committee', '--out', out)).code).toBe(0);
    const note = await readDocument(new Uint8Array(readFileSync(out)), 'note.docx');
    const text = note.lines.map((l) => l.text);
    expect(text).toContain('To: Audit Committee');
    expect(text).toContain('5 Risks and issues');
    expect(text).toContain('6 Next steps');
  }, 60_000);

  it('says what is wrong with the options', async () => {
    const { code, err } = await lapp('export', '--plan', PLAN, '--format', 'minutes', '--out', 'x.docx');
    expect(code).toBe(2);
    expect(err).toMatch(/--format must be one of lapp, progress-note, handover/);
  });
});
