import type { RunningStandIn } from '../../../src/server/stand-in';
import { StorageError } from '../../../src/storage/errors';
import type { GraphStore } from '../../../src/storage/graph';
import { decodeCursor, encodeCursor } from '../../../src/storage/graph/store/change-cursor';
import type { RowChange } from '../../../src/storage/port';
import { openStandInSite, recordingFetch } from './stand-in-site';

let standIn: RunningStandIn;
let storeFor: Awaited<ReturnType<typeof openStandInSite>>['storeFor'];
let writer: GraphStore;
let planId: string;

beforeAll(async () => {
  ({ standIn, storeFor } = await openStandInSite());
  writer = storeFor();
  await writer.provision();
  planId = (await writer.createPlan({ council: 'Bramblecote Council', census: 'Census 2031' })).key;
});
afterAll(() => standIn.close());

const newAction = (key: string) => ({ section: 'actions' as const, planId, key, values: { ActionTitle: `Action ${key}`, Status: 'Open' } });
const upsertedKeys = (changes: readonly RowChange[]) => changes.flatMap((c) => (c.kind === 'upsert' ? [c.row.key] : []));

describe('watching for changes', () => {
  it('starts from now: no changes at first, only a cursor', async () => {
    await writer.createRow(newAction('before-1'));
    const first = await storeFor().changes(['actions', 'meetings']);
    expect(first.changes).toEqual([]);
    expect(first.cursor).not.toBe('');
  });

  it('picks up a create, then an update, then a delete', async () => {
    const reader = storeFor();
    const start = await reader.changes(['actions']);

    const row = await writer.createRow(newAction('watch-1'));
    const afterCreate = await reader.changes(['actions'], start.cursor);
    expect(afterCreate.changes).toEqual([{ kind: 'upsert', row: expect.objectContaining({ id: row.id, key: 'watch-1', planId, values: expect.objectContaining({ Status: 'Open' }) }) }]);

    const updated = await writer.updateRow({ section: 'actions', id: row.id, etag: row.etag, changes: { Status: 'Done' } });
    const afterUpdate = await reader.changes(['actions'], afterCreate.cursor);
    expect(afterUpdate.changes).toEqual([{ kind: 'upsert', row: expect.objectContaining({ id: row.id, etag: updated.etag, values: expect.objectContaining({ Status: 'Done' }) }) }]);

    await writer.deleteRow({ section: 'actions', id: row.id });
    const afterDelete = await reader.changes(['actions'], afterUpdate.cursor);
    expect(afterDelete.changes).toEqual([{ kind: 'delete', section: 'actions', id: row.id }]);

    const quiet = await reader.changes(['actions'], afterDelete.cursor);
    expect(quiet.changes).toEqual([]);
  });

  it('reports each item once, as it last was, and only for the sections asked about', async () => {
    const reader = storeFor();
    const start = await reader.changes(['actions']);
    const row = await writer.createRow(newAction('twice-changed'));
    await writer.updateRow({ section: 'actions', id: row.id, changes: { Status: 'In progress' } });
    await writer.createRow({ section: 'decisions', planId, key: 'not-watched', values: { DecisionText: 'Agreed' } });
    const seen = await reader.changes(['actions'], start.cursor);
    expect(seen.changes).toHaveLength(1);
    expect(seen.changes[0]).toMatchObject({ kind: 'upsert', row: { key: 'twice-changed', values: { Status: 'In progress' } } });
  });

  it('polls with one request for a few sections', async () => {
    const { fetchImpl, sent } = recordingFetch();
    const reader = storeFor({ fetchImpl });
    const start = await reader.changes(['actions', 'decisions', 'meetings']);
    sent.length = 0;
    await reader.changes(['actions', 'decisions', 'meetings'], start.cursor);
    expect(sent).toEqual([{ method: 'POST', path: '/graph/v1.0/$batch' }]);
  });

  it('starts a list again from a full read when its link has expired (410), reporting its rows as upserts', async () => {
    const reader = storeFor();
    const start = await reader.changes(['actions', 'decisions']);
    const links = decodeCursor(start.cursor);
    const expired = encodeCursor({ ...links, actions: (links['actions'] ?? '').replace(/token=[^&]+/, 'token=expired') });
    const recovered = await reader.changes(['actions', 'decisions'], expired);
    const current = (await writer.loadPlan(planId)).sections.actions.map((r) => r.key);
    expect(upsertedKeys(recovered.changes).sort()).toEqual([...current].sort());
    const next = await writer.createRow(newAction('after-resync'));
    expect(upsertedKeys((await reader.changes(['actions', 'decisions'], recovered.cursor)).changes)).toEqual([next.key]);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(storeFor().changes(['actions'], 'made-up')).rejects.toBeInstanceOf(StorageError);
  });
});
