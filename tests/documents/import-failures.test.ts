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
    let calls = 0;
    store.createRow = async (input) => {
      calls += 1;
      if (calls === 1) throw new ThrottledError(1000);
      if (calls === 2) throw new ConflictError('keyContacts', input.key ?? '');
      return save(input);
    };
    const result = await commitImport(store, preview, { concurrency: 1 });
    expect(result.written).toBe(0);
    expect(result.failed.map((f) => [f.where, f.reason.id])).toEqual([
      [{ kind: 'line', line: 4 }, 'import.failure.busy'],
      [{ kind: 'line', line: 5 }, 'import.failure.conflict'],
    ]);
    const [busy, conflict] = result.failed;
    expect(importText(translateFor('en-GB'), busy!.reason)).toBe('SharePoint was busy. Run the import again to finish.');
    expect(importText(translateFor('cy-GB'), busy!.reason)).toBe('Roedd SharePoint yn brysur. Rhedwch y mewnforio eto i orffen.');
    expect(importText(translateFor('cy-GB'), conflict!.reason)).toBe('Newidiodd rhywun y rhes hon tra oedd yn cael ei mewnforio. Rhedwch y mewnforio eto.');
    // Run again, the store answering: both rows land, once each.
    const again = await commitImport(store, preview);
    expect(again).toMatchObject({ written: 2, failed: [] });
    expect(store.planRows('harrow-fen')).toHaveLength(2);
  });
});
