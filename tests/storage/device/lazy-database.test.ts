import 'fake-indexeddb/auto';
import { deleteDB, type DBSchema } from 'idb';
import { DatabaseClosedError, lazyDatabase } from '../../../src/storage/lazy-database';

interface NotesDatabase extends DBSchema {
  notes: { key: string; value: { id: string; text: string } };
}

let dbCount = 0;
const freshName = () => `lapp-lazy-database-test-${++dbCount}`;
const open = (name: string) => lazyDatabase<NotesDatabase>(name, 1, (db) => db.createObjectStore('notes', { keyPath: 'id' }));
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('a database opened on first use', () => {
  it('is not created until it is used, then shares one connection', async () => {
    const name = freshName();
    const notes = open(name);
    expect(await exists(name)).toBe(false);
    const [first, second] = await Promise.all([notes.use(), notes.use()]);
    expect(first).toBe(second);
    await first.put('notes', { id: 'a', text: 'Book the hall' });
    expect(await (await notes.use()).get('notes', 'a')).toEqual({ id: 'a', text: 'Book the hall' });
    notes.close();
  });

  it('steps aside when another page deletes it, instead of holding the deletion up', async () => {
    const name = freshName();
    const otherTab = open(name);
    await (await otherTab.use()).put('notes', { id: 'a', text: 'Book the hall' });

    await deleteDB(name);

    expect(await exists(name)).toBe(false);
    // That tab is still in use: it starts again from an empty database.
    expect(await (await otherTab.use()).get('notes', 'a')).toBeUndefined();
    otherTab.close();
  });

  it('refuses to open again once closed, so a late write cannot bring back a deleted database', async () => {
    const name = freshName();
    const notes = open(name);
    await (await notes.use()).put('notes', { id: 'a', text: 'Book the hall' });
    notes.close();
    await deleteDB(name);

    await expect(notes.use()).rejects.toThrow(DatabaseClosedError);
    expect(await exists(name)).toBe(false);
  });
});
