import { StorageError } from '../../../src/storage/errors';
import { decodeCursor, encodeCursor } from '../../../src/storage/graph/store/change-cursor';
import type { RowChange } from '../../../src/storage/port';
import { openPlanSite, recordingFetch, type PlanSite } from './stand-in-site';
import { checked, checkedChanges } from '../../support/checked-values';

let site: PlanSite;

beforeAll(async () => {
  site = await openPlanSite('Bramblecote Council');
});
afterAll(() => site.standIn.close());

const newAction = (key: string) => ({ section: 'actions' as const, planId: site.planId, key, values: checked('actions', { ActionTitle: `Action ${key}`, Status: 'Open' }) });
const upsertedKeys = (changes: readonly RowChange[]) => changes.flatMap((c) => (c.kind === 'upsert' ? [c.row.key] : []));

describe('watching for changes', () => {
  it('starts from now: no changes at first, only a cursor', async () => {
    await site.store.createRow(newAction('before-1'));
    const first = await site.storeFor().changes(['actions', 'meetings']);
    expect(first.changes).toEqual([]);
    expect(first.cursor).not.toBe('');
  });

  it('picks up a create, then an update, then a delete', async () => {
    const reader = site.storeFor();
    const start = await reader.changes(['actions']);

    const row = await site.store.createRow(newAction('watch-1'));
    const afterCreate = await reader.changes(['actions'], start.cursor);
    expect(afterCreate.changes).toEqual([{ kind: 'upsert', row: expect.objectContaining({ id: row.id, key: 'watch-1', planId: site.planId, values: expect.objectContaining({ Status: 'Open' }) }) }]);

    const updated = await site.store.updateRow({ section: 'actions', planId: row.planId, key: row.key, etag: row.etag, changes: checkedChanges('actions', { Status: 'Done' })});
    const afterUpdate = await reader.changes(['actions'], afterCreate.cursor);
    expect(afterUpdate.changes).toEqual([{ kind: 'upsert', row: expect.objectContaining({ id: row.id, etag: updated.etag, values: expect.objectContaining({ Status: 'Done' }) }) }]);

    await site.store.deleteRow({ section: 'actions', planId: row.planId, key: row.key });
    const afterDelete = await reader.changes(['actions'], afterUpdate.cursor);
    expect(afterDelete.changes).toEqual([{ kind: 'delete', section: 'actions', id: row.id }]);

    const quiet = await reader.changes(['actions'], afterDelete.cursor);
    expect(quiet.changes).toEqual([]);
  });

  it('reports each item once, as it last was, and only for the sections asked about', async () => {
    const reader = site.storeFor();
    const start = await reader.changes(['actions']);
    const row = await site.store.createRow(newAction('twice-changed'));
    await site.store.updateRow({ section: 'actions', planId: row.planId, key: row.key, changes: checkedChanges('actions', { Status: 'In progress' })});
    await site.store.createRow({ section: 'decisions', planId: site.planId, key: 'not-watched', values: checked('decisions', { DecisionText: 'Agreed' })});
    const seen = await reader.changes(['actions'], start.cursor);
    expect(seen.changes).toHaveLength(1);
    expect(seen.changes[0]).toMatchObject({ kind: 'upsert', row: { key: 'twice-changed', values: { Status: 'In progress' } } });
  });

  it('polls with one request for a few sections', async () => {
    const { fetchImpl, sent } = recordingFetch();
    const reader = site.storeFor({ fetchImpl });
    const start = await reader.changes(['actions', 'decisions', 'meetings']);
    sent.length = 0;
    await reader.changes(['actions', 'decisions', 'meetings'], start.cursor);
    expect(sent).toEqual([{ method: 'POST', path: '/graph/v1.0/$batch' }]);
  });

  it('starts a list again from a full read when its link has expired (410), reporting its rows as upserts', async () => {
    const reader = site.storeFor();
    const start = await reader.changes(['actions', 'decisions']);
    const links = decodeCursor(start.cursor);
    const expired = encodeCursor({ ...links, actions: (links['actions'] ?? '').replace(/token=[^&]+/, 'token=expired') });
    const recovered = await reader.changes(['actions', 'decisions'], expired);
    const current = (await site.store.loadPlan(site.planId)).sections.actions.map((r) => r.key);
    expect(upsertedKeys(recovered.changes).sort()).toEqual([...current].sort());
    expect(recovered.resynced).toEqual(['actions']);
    const next = await site.store.createRow(newAction('after-resync'));
    expect(upsertedKeys((await reader.changes(['actions', 'decisions'], recovered.cursor)).changes)).toEqual([next.key]);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(site.storeFor().changes(['actions'], 'made-up')).rejects.toBeInstanceOf(StorageError);
  });
});
