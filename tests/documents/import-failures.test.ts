import { commitImport, previewImport } from '../../src/documents/import';
import { translateFor } from '../../src/i18n/catalogues';
import { importText } from '../../src/i18n/import-text';
import { ConflictError, ThrottledError } from '../../src/storage/errors';
import { MemoryPlanStore } from '../support/memory-plan-store';

const LAPP = ['Key Contacts', '', 'Name\tEmail\tNumber\tOrganisation\tRole', 'Ivy Brook\tivy@example.org\t\tFen Trust\tChair', 'Joe Marsh\tjoe@example.org\t\tFen Trust\tVolunteer'].join('\n');

/** Rows the store would not take are reported with why, in the reader's language; the rest land. */
describe('an import the store partly refuses', () => {
  it('says for each refused row why, as the person can act on it, in English and in Welsh', async () => {
    const store = new MemoryPlanStore();
    const preview = await previewImport({ bytes: new TextEncoder().encode(LAPP), fileName: 'lapp.txt', planId: 'harrow-fen' });
    const save = store.createRow.bind(store);
    // Line 4's row finds the store busy every time it is asked; line 5's meets a conflict.
    let busyAnswers = 0;
    store.createRow = async (input) => {
      if (input.values['ContactName'] === 'Ivy Brook') {
        busyAnswers += 1;
        throw new ThrottledError(1);
      }
      if (input.values['ContactName'] === 'Joe Marsh') throw new ConflictError('keyContacts', input.key ?? '');
      return save(input);
    };
    const result = await commitImport(store, preview, { concurrency: 1 });
    expect(result.written).toBe(0);
    expect(result.failed.map((f) => [f.where, f.reason.id])).toEqual([
      [{ kind: 'line', line: 4 }, 'import.failure.busy'],
      [{ kind: 'line', line: 5 }, 'import.failure.conflict'],
    ]);
    expect(busyAnswers).toBe(6);
    const [busy, conflict] = result.failed;
    expect(importText(translateFor('en-GB'), busy!.reason)).toBe('SharePoint was busy. Run the import again to finish.');
    expect(importText(translateFor('cy-GB'), busy!.reason)).toBe('Roedd SharePoint yn brysur. Rhedwch y mewnforio eto i orffen.');
    expect(importText(translateFor('cy-GB'), conflict!.reason)).toBe('Newidiodd rhywun y rhes hon tra oedd yn cael ei mewnforio. Rhedwch y mewnforio eto.');
    // Run again, the store answering: both rows land, once each.
    store.createRow = save;
    const again = await commitImport(store, preview);
    expect(again).toMatchObject({ written: 2, failed: [] });
    expect(store.planRows('harrow-fen')).toHaveLength(2);
  });

  it('waits as long as a busy store asks, then writes the row once', async () => {
    const store = new MemoryPlanStore();
    const preview = await previewImport({ bytes: new TextEncoder().encode(LAPP), fileName: 'lapp.txt', planId: 'harrow-fen' });
    const save = store.createRow.bind(store);
    const asked: number[] = [];
    store.createRow = async (input) => {
      asked.push(Date.now());
      // Busy twice for the first row (a person's request limit, SharePoint's budget), then free.
      if (asked.length <= 2) throw new ThrottledError(40);
      return save(input);
    };
    const result = await commitImport(store, preview, { concurrency: 1 });
    expect(result).toMatchObject({ written: 2, failed: [] });
    expect(store.planRows('harrow-fen').map((r) => r.values['ContactName'])).toEqual(['Ivy Brook', 'Joe Marsh']);
    expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(35);
    expect(asked[2]! - asked[1]!).toBeGreaterThanOrEqual(35);
  });

  it('stops waiting when the import is cancelled, and writes nothing more', async () => {
    const store = new MemoryPlanStore();
    const preview = await previewImport({ bytes: new TextEncoder().encode(LAPP), fileName: 'lapp.txt', planId: 'harrow-fen' });
    const cancel = new AbortController();
    let asked = 0;
    store.createRow = async () => {
      asked += 1;
      setTimeout(() => cancel.abort(), 10);
      throw new ThrottledError(60_000);
    };
    const started = Date.now();
    const result = await commitImport(store, preview, { concurrency: 1, signal: cancel.signal });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(asked).toBe(1);
    expect(result.written).toBe(0);
    expect(store.planRows('harrow-fen')).toHaveLength(0);
  });
});
