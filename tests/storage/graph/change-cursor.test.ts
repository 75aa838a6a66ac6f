import { StorageError } from '../../../src/storage/errors';
import { decodeCursor, encodeCursor } from '../../../src/storage/graph/store/change-cursor';

describe('the changes cursor', () => {
  it('round-trips the delta links of each section and is safe in a URL', () => {
    const links = { actions: '/sites/s/lists/a/items/delta?token=MzE4OzQ%3D&x=+/', meetings: '/sites/s/lists/m/items/delta?token=7' };
    const cursor = encodeCursor(links);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(links);
  });

  it('refuses a cursor this adapter did not issue, with a clear error', () => {
    for (const bad of ['not a cursor', btoa('{"v":2,"links":{}}'), btoa('{"v":1,"links":{"a":3}}'), '']) {
      expect(() => decodeCursor(bad)).toThrow(StorageError);
    }
    expect(() => decodeCursor('%%%')).toThrow(/not issued by this app/);
  });
});
