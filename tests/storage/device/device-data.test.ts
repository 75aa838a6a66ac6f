import 'fake-indexeddb/auto';
import { forgetDeviceData, outboxDatabaseName, planCacheDatabaseName } from '../../../src/storage/device-data';
import { createIndexedDbQueue } from '../../../src/storage/outbox';
import type { QueuedChange } from '../../../src/storage/outbox';
import { createIndexedDbPlanStorage } from '../../../src/storage/plan-cache';
import { makePlan, PLAN_ID } from '../../agenda/plan-factory';

const SITE = 'site-forget';
const AVA = 'tenant-a:ava.lindqvist@census.example';
const SAM = 'tenant-b:sam.okafor@kestrelvale.gov.uk';

const waitingChange: QueuedChange = {
  id: 'change-1',
  seq: 1,
  queuedAt: '2031-03-01T10:00:00.000Z',
  state: 'waiting',
  attempts: 0,
  operation: { kind: 'delete', input: { planId: 'p', section: 'actions', key: '7' } },
};

/** What a person's visit leaves on the device: a plan they opened and a change not yet sent. */
async function keepDataFor(siteId: string, account: string): Promise<void> {
  const cache = createIndexedDbPlanStorage(planCacheDatabaseName(siteId, account));
  await cache.put({ planId: PLAN_ID, plan: makePlan(), cursor: '1', sections: ['plan'], savedAt: '2031-03-01T10:00:00.000Z' });
  cache.close();
  const queue = createIndexedDbQueue(outboxDatabaseName(siteId, account));
  await queue.put(waitingChange);
  queue.close();
}

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name).sort();

describe('forgetting what this device keeps for a person', () => {
  it('deletes their plan cache and outbox on that site, and leaves other people and other sites alone', async () => {
    await keepDataFor(SITE, AVA);
    await keepDataFor(SITE, SAM);
    await keepDataFor('another-site', AVA);

    await forgetDeviceData(SITE, AVA);

    const names = await databaseNames();
    expect(names).not.toContain(planCacheDatabaseName(SITE, AVA));
    expect(names).not.toContain(outboxDatabaseName(SITE, AVA));
    expect(names).toEqual(
      expect.arrayContaining([
        planCacheDatabaseName(SITE, SAM),
        outboxDatabaseName(SITE, SAM),
        planCacheDatabaseName('another-site', AVA),
        outboxDatabaseName('another-site', AVA),
      ]),
    );
    const samsQueue = createIndexedDbQueue(outboxDatabaseName(SITE, SAM));
    expect((await samsQueue.load()).map((c) => c.id)).toEqual(['change-1']);
    samsQueue.close();
    const samsCache = createIndexedDbPlanStorage(planCacheDatabaseName(SITE, SAM));
    expect((await samsCache.get(PLAN_ID))?.cursor).toBe('1');
    samsCache.close();
  });

  it('leaves nothing to read when the person comes back', async () => {
    await keepDataFor('site-return', AVA);
    await forgetDeviceData('site-return', AVA);

    const cache = createIndexedDbPlanStorage(planCacheDatabaseName('site-return', AVA));
    expect(await cache.get(PLAN_ID)).toBeUndefined();
    cache.close();
    const queue = createIndexedDbQueue(outboxDatabaseName('site-return', AVA));
    expect(await queue.load()).toEqual([]);
    queue.close();
  });

  it('names each database after the site and the person, so two people never share one', () => {
    expect(planCacheDatabaseName(SITE, AVA)).not.toBe(planCacheDatabaseName(SITE, SAM));
    expect(outboxDatabaseName(SITE, AVA)).not.toBe(outboxDatabaseName('another-site', AVA));
    expect(outboxDatabaseName(SITE, AVA)).not.toBe(planCacheDatabaseName(SITE, AVA));
  });
});
