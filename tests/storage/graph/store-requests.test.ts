import { ConflictError, NotFoundError } from '../../../src/storage/errors';
import { createGraphStore } from '../../../src/storage/graph';
import { encodeCursor } from '../../../src/storage/graph/store/change-cursor';
import { BASE_URL, fakeFetch, graphError, json, type SeenRequest } from './fake-graph';
import { checked, checkedChanges } from '../../support/checked-values';

const SITE = 'graph.test,site-guid,web-guid';
const ACTIONS_LIST = 'list-actions';

function actionItem(id: string, key: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    '@odata.etag': `"{A},${id}"`,
    fields: { ClientKey: key, PlanId: 'kestrel-vale', SortOrder: 0, ActionTitle: 'Ring the library', Status: 'Open', ...fields },
  };
}

interface InnerAnswer {
  status: number;
  body?: unknown;
}

/**
 * Just enough Graph for one store: the site and its lists come in a `$batch`; other inner
 * requests go to `inner`, everything else to `answer`.
 */
function fakeSite(answer: (request: SeenRequest) => Response | Error, inner: (url: string) => InnerAnswer = () => ({ status: 404 })) {
  return fakeFetch((request) => {
    if (request.url.pathname.endsWith('/$batch')) {
      const requests = (request.body as { requests: { id: string; url: string }[] }).requests;
      return json({
        responses: requests.map((r) => {
          if (r.id === 'site') return { id: r.id, status: 200, body: { id: SITE } };
          if (r.id === 'lists') return { id: r.id, status: 200, body: { value: [{ id: ACTIONS_LIST, displayName: 'LAPP Actions' }] } };
          return { id: r.id, ...inner(r.url) };
        }),
      });
    }
    return answer(request);
  });
}

function storeOver(fetchImpl: typeof fetch) {
  return createGraphStore({ baseUrl: BASE_URL, siteId: SITE, fetchImpl, retry: { baseDelayMs: 1 } });
}

const newAction = (key: string) => ({
  section: 'actions' as const,
  planId: 'kestrel-vale',
  key,
  values: checked('actions', { ActionTitle: 'Ring the library', Status: 'Open' }),
});

describe('creating a row', () => {
  it('sends the key, plan, order and label with the values', async () => {
    const { fetchImpl, requests } = fakeSite(() => json(actionItem('5', 'k1'), 201));
    const row = await storeOver(fetchImpl).createRow({ ...newAction('k1'), order: 4 });
    const post = requests.find((r) => r.method === 'POST' && r.url.pathname.endsWith('/items'));
    expect(post?.url.pathname).toBe(`/v1.0/sites/${SITE}/lists/${ACTIONS_LIST}/items`);
    expect(post?.body).toEqual({
      fields: { ActionTitle: 'Ring the library', Status: 'Open', Title: 'Ring the library', PlanId: 'kestrel-vale', ClientKey: 'k1', SortOrder: 4 },
    });
    expect(row).toMatchObject({ id: '5', key: 'k1', etag: '"{A},5"' });
  });

  it("reads back the row already made when the key is taken, escaping a key like O'Brien", async () => {
    const { fetchImpl, requests } = fakeSite((request) =>
      request.method === 'POST' ? graphError(409, 'nameAlreadyExists', 'Duplicate ClientKey') : json({ value: [actionItem('7', "O'Brien")] }),
    );
    const row = await storeOver(fetchImpl).createRow(newAction("O'Brien"));
    expect(row).toMatchObject({ id: '7', key: "O'Brien" });
    const lookup = requests.at(-1);
    expect(lookup?.url.searchParams.get('$filter')).toBe("fields/ClientKey eq 'O''Brien'");
  });

  it('does not make a second row when the first answer was lost after the write', async () => {
    let created = false;
    const { fetchImpl, requests } = fakeSite((request) => {
      if (request.method === 'POST') {
        if (created) return graphError(409, 'nameAlreadyExists', 'Duplicate ClientKey');
        created = true;
        return new TypeError('fetch failed'); // the server wrote the row; the answer never came
      }
      return json({ value: [actionItem('8', 'k-lost')] });
    });
    const row = await storeOver(fetchImpl).createRow(newAction('k-lost'));
    expect(row.id).toBe('8');
    expect(requests.filter((r) => r.method === 'POST' && !r.url.pathname.endsWith('$batch'))).toHaveLength(2);
  });

  // Values come validated from where they were built (ValidatedValues); the row's identity is checked here.
  it('refuses a row without a plan id or a key before sending anything', async () => {
    const { fetchImpl, requests } = fakeSite(() => json({}, 201));
    await expect(storeOver(fetchImpl).createRow({ ...newAction(''), planId: 'Not A Plan' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'PlanId' }), expect.objectContaining({ field: 'ClientKey' })],
    });
    expect(requests).toHaveLength(0);
  });
});

describe('updating a row', () => {
  it('sends only the changed fields with If-Match and returns the row with its new ETag', async () => {
    const { fetchImpl, requests } = fakeSite((request) =>
      request.method === 'GET' ? json({ value: [actionItem('5', 'k1')] }) : json({ '@odata.etag': '"{A},9"', id: '5', ...actionItem('5', 'k1', { Status: 'Done' }).fields }),
    );
    const row = await storeOver(fetchImpl).updateRow({ planId: 'kestrel-vale', section: 'actions', key: 'k1', etag: '"{A},8"', changes: checkedChanges('actions', { Status: 'Done' })});
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.url.pathname).toBe(`/v1.0/sites/${SITE}/lists/${ACTIONS_LIST}/items/5/fields`);
    expect(patch?.headers.get('If-Match')).toBe('"{A},8"');
    expect(patch?.body).toEqual({ Status: 'Done' });
    expect(row).toMatchObject({ etag: '"{A},9"', values: { Status: 'Done' } });
  });

  it('turns a 412 into ConflictError carrying the row as it is now', async () => {
    const { fetchImpl } = fakeSite((request) =>
      request.method === 'PATCH'
        ? graphError(412, 'preconditionFailed', 'ETag mismatch')
        : request.url.searchParams.has('$filter')
          ? json({ value: [actionItem('5', 'k1')] })
          : json(actionItem('5', 'k1', { Status: 'Dropped' })),
    );
    const updating = storeOver(fetchImpl).updateRow({ planId: 'kestrel-vale', section: 'actions', key: 'k1', etag: '"{A},1"', changes: checkedChanges('actions', { Status: 'Done' })});
    await expect(updating).rejects.toBeInstanceOf(ConflictError);
    await expect(updating).rejects.toMatchObject({ section: 'actions', key: 'k1', current: { values: { Status: 'Dropped' } } });
  });
});

describe('reading', () => {
  it('reports an unknown plan as NotFoundError', async () => {
    const { fetchImpl } = fakeSite(() => json({}));
    await expect(storeOver(fetchImpl).loadPlan('Not a plan id')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('asks who is signed in and prefers their mail to their sign-in name', async () => {
    const { fetchImpl } = fakeSite(() => json({ id: 'u1', displayName: 'Sam Example', mail: null, userPrincipalName: 'sam@council.example' }));
    await expect(storeOver(fetchImpl).whoAmI()).resolves.toEqual({ id: 'u1', displayName: 'Sam Example', email: 'sam@council.example' });
  });
});

describe('changes whose delta entries come without fields', () => {
  it('reads those items in one $batch, and reports one gone meanwhile as deleted', async () => {
    const delta = `/sites/${SITE}/lists/${ACTIONS_LIST}/items/delta`;
    const { fetchImpl } = fakeSite(
      () => json({}),
      (url) => {
        if (url.startsWith(`${delta}?token=t1`)) {
          return {
            status: 200,
            body: { value: [{ id: '5' }, { id: '6' }, { id: '7', deleted: { state: 'deleted' } }], '@odata.deltaLink': `${BASE_URL}${delta}?token=t2` },
          };
        }
        return url.includes('/items/5?') ? { status: 200, body: actionItem('5', 'k5') } : { status: 404, body: { error: { code: 'itemNotFound', message: 'Gone' } } };
      },
    );
    const batch = await storeOver(fetchImpl).changes(['actions'], encodeCursor({ actions: `${delta}?token=t1` }));
    expect(batch.changes).toEqual([
      { kind: 'upsert', row: expect.objectContaining({ id: '5', key: 'k5' }) },
      { kind: 'delete', section: 'actions', id: '6' },
      { kind: 'delete', section: 'actions', id: '7' },
    ]);
  });
});
