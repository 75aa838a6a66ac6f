import { compactChangeLog } from '../../src/server/stand-in/db/change-log';
import { createTestList, startTestStandIn, type TestStandIn } from './stand-in-client';

let s: TestStandIn;
let items: string;
beforeAll(async () => {
  s = await startTestStandIn();
  await createTestList(s, 'Delta Test', [{ name: 'Code', displayName: 'Code', text: { allowMultipleLines: false } }]);
  items = `${s.listPath('Delta Test')}/items`;
  for (let i = 0; i < 5; i += 1) await s.call('POST', items, { body: { fields: { Code: `d-${i}` } } });
});
afterAll(() => s.close());

/** Follows nextLinks to the deltaLink; answers every item seen and the deltaLink. */
async function sync(url: string): Promise<{ seen: any[]; deltaLink: string; pages: number }> {
  const seen: any[] = [];
  let next = url;
  for (let pages = 1; ; pages += 1) {
    const res = await s.call('GET', next);
    expect(res.status).toBe(200);
    seen.push(...res.body.value);
    if (res.body['@odata.deltaLink']) return { seen, deltaLink: res.body['@odata.deltaLink'], pages };
    next = res.body['@odata.nextLink'];
  }
}

describe('items/delta', () => {
  it('enumerates every item in pages, then gives a deltaLink', async () => {
    const { seen, deltaLink, pages } = await sync(`${items}/delta?$expand=fields&$top=2`);
    expect(pages).toBe(3);
    expect(seen.map((i) => i.fields.Code)).toEqual(['d-0', 'd-1', 'd-2', 'd-3', 'd-4']);
    expect(deltaLink).toContain('/items/delta?');
    expect(deltaLink).toContain('token=');
  });

  it('returns only what changed since the deltaLink, deletions as deleted, each item once', async () => {
    const first = await sync(`${items}/delta`);
    const ids = first.seen.map((i) => i.id);
    await s.call('PATCH', `${items}/${ids[1]}/fields`, { body: { Code: 'changed once' } });
    await s.call('PATCH', `${items}/${ids[1]}/fields`, { body: { Code: 'changed twice' } });
    await s.call('DELETE', `${items}/${ids[2]}`);
    const added = await s.call('POST', items, { body: { fields: { Code: 'new' } } });
    const second = await sync(`${first.deltaLink}&$expand=fields`);
    expect(second.seen).toHaveLength(3);
    expect(second.seen.find((i) => i.id === ids[1]).fields.Code).toBe('changed twice');
    expect(second.seen.find((i) => i.id === ids[2])).toEqual(expect.objectContaining({ id: ids[2], deleted: { state: 'deleted' } }));
    expect(second.seen.find((i) => i.id === added.body.id)).toBeDefined();
    const third = await sync(second.deltaLink);
    expect(third.seen).toEqual([]);
  });

  it('with token=latest gives no items, only a deltaLink for what happens next', async () => {
    const latest = await s.call('GET', `${items}/delta?token=latest`);
    expect(latest.body.value).toEqual([]);
    await s.call('POST', items, { body: { fields: { Code: 'after latest' } } });
    const next = await sync(`${latest.body['@odata.deltaLink']}&$expand=fields`);
    expect(next.seen.map((i) => i.fields.Code)).toEqual(['after latest']);
  });

  it('answers 410 Gone with a fresh start in Location for an unknown or expired token', async () => {
    const unknown = await s.call('GET', `${items}/delta?token=not-a-token`);
    expect(unknown.status).toBe(410);
    expect(unknown.body.error.code).toBe('resyncRequired');
    expect(unknown.headers.get('location')).toMatch(/\/items\/delta$/);

    const { deltaLink } = await sync(`${items}/delta`);
    await s.call('POST', items, { body: { fields: { Code: 'before compaction' } } });
    compactChangeLog(s.db, new Date(Date.now() + 60_000).toISOString());
    expect((await s.call('GET', deltaLink)).status).toBe(410);
  });

  it('does not accept a token of another list', async () => {
    await createTestList(s, 'Other Delta', []);
    const { deltaLink } = await sync(`${s.listPath('Other Delta')}/items/delta`);
    const token = new URL(deltaLink).searchParams.get('token');
    expect((await s.call('GET', `${items}/delta?token=${token}`)).status).toBe(410);
  });
});
