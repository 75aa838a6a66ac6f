import { DocumentError, type DocumentProblem } from '../../src/documents/errors';
import { commitImport, previewImport } from '../../src/documents/import';
import { LIMITS } from '../../src/documents/limits';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { inEnglish } from './import-said';
import { declareUncompressedSize, minimalDocx, zipOf } from './zip-fixtures';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Imports the way the tab and the CLI do: preview first, commit only what the preview allows. */
async function importFile(store: MemoryPlanStore, bytes: Uint8Array, fileName: string): Promise<void> {
  const preview = await previewImport({ bytes, fileName, planId: 'harrow-fen' });
  await commitImport(store, preview);
}

async function expectRefused(bytes: Uint8Array, fileName: string, problem: DocumentProblem, message: RegExp): Promise<void> {
  const store = new MemoryPlanStore();
  const error: unknown = await importFile(store, bytes, fileName).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as DocumentError).problem).toBe(problem);
  expect(inEnglish((error as DocumentError).said)).toMatch(message);
  expect(store.creates).toHaveLength(0);
}

describe('a file that cannot be imported', () => {
  it('is refused when empty', () => expectRefused(new Uint8Array(), 'lapp.txt', 'empty', /"lapp.txt" is empty/));

  it('is refused when it holds only blank lines', () => expectRefused(text('\n \n\t\n'), 'lapp.txt', 'empty', /has no text/));

  it('is refused when it is binary', () =>
    expectRefused(Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256), 'lapp.txt', 'binary', /not text or a Word document/));

  it('is refused when it is text but not a LAPP', () =>
    expectRefused(text('Shopping list\nEggs\tsix\nMilk\ttwo\n'), 'list.txt', 'not-lapp', /does not look like a LAPP/));

  it('is refused when larger than the limit', () =>
    expectRefused(new Uint8Array(LIMITS.maxFileBytes + 1).fill(0x41), 'big.txt', 'too-large', /larger than 10 MB/));

  it('is refused when called .docx but not a zip', () => expectRefused(text('Key Contacts\nName\tEmail\n'), 'lapp.docx', 'not-docx', /not a Word document/));

  it('is refused when a zip without a Word document body', async () =>
    expectRefused(await zipOf({ 'xl/workbook.xml': '<workbook/>' }), 'lapp.docx', 'not-docx', /no document body/));

  it('is refused when the zip is cut short', async () => {
    const docx = await minimalDocx();
    await expectRefused(docx.subarray(0, docx.length - 30), 'lapp.docx', 'not-docx', /not a Word document/);
  });

  it('is refused, before inflating, when the zip declares more than the limit', async () => {
    const bomb = declareUncompressedSize(await minimalDocx(), LIMITS.maxUnpackedBytes + 1);
    await expectRefused(bomb, 'lapp.docx', 'too-big-unpacked', /unpacks to more than/);
  });

  it('stops inflating at the limit when the zip understates what it holds', async () => {
    const huge = new Uint8Array(LIMITS.maxDocumentXmlBytes + 1024 * 1024).fill(0x20);
    const bomb = declareUncompressedSize(await zipOf({ 'word/document.xml': huge }), 1000);
    expect(bomb.length).toBeLessThan(LIMITS.maxFileBytes);
    await expectRefused(bomb, 'lapp.docx', 'too-big-unpacked', /unpacks to more than/);
  });

  it('is refused with advice when it is an old .doc or a PDF', async () => {
    await expectRefused(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'lapp.doc', 'unsupported', /save it as \.docx/);
    await expectRefused(text('%PDF-1.7\n1 0 obj\n'), 'lapp.pdf', 'unsupported', /PDF/);
  });
});
