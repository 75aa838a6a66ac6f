import { createTestList, startTestStandIn, type TestStandIn } from './stand-in-client';

const COLUMNS = [
  { name: 'Code', displayName: 'Code', indexed: true, enforceUniqueValues: true, text: { allowMultipleLines: false, maxLength: 255 } },
  { name: 'Status', displayName: 'Status', indexed: true, choice: { choices: ['Open', 'Done'], displayAs: 'dropDownMenu', allowTextEntry: false } },
  { name: 'Note', displayName: 'Note', text: { allowMultipleLines: true } },
  { name: 'Due', displayName: 'Due', indexed: true, dateTime: { format: 'dateOnly' } },
  { name: 'Count', displayName: 'Count', indexed: true, number: {} },
  { name: 'Done', displayName: 'Done', boolean: {} },
];

let s: TestStandIn;
let items: string;
beforeAll(async () => {
  s = await startTestStandIn();
  await createTestList(s, 'Test Tasks', COLUMNS);
  items = `${s.listPath('Test Tasks')}/items`;
});
afterAll(() => s.close());

const create = (fields: Record<string, unknown>) => s.call('POST', items, { body: { fields } });

describe('item create, read, update, delete', () => {
  it('creates an item with 201 and answers Graph\'s listItem with fields', async () => {
    const res = await create({ Title: 'First', Code: 'c-1', Status: 'Open', Due: '2031-03-20', Count: 3, Done: false });
    expect(res.status).toBe(201);
    expect(res.body.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(res.body['@odata.etag']).toBe(res.body.eTag);
    expect(res.body.createdBy.user).toEqual(expect.objectContaining({ displayName: 'Ava Lindqvist', email: 'ava.lindqvist@census.example' }));
    expect(res.body.fields).toMatchObject({ id: res.body.id, Title: 'First', Code: 'c-1', Count: 3, Done: false });
    expect(res.body.fields.Modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const read = await s.call('GET', `${items}/${res.body.id}?expand=fields`);
    expect(read.body.fields.Due).toBe('2031-03-20T00:00:00Z');
  });

  it('sends a summer date as local midnight in UTC, as SharePoint does for a UK site', async () => {
    const res = await create({ Code: 'c-summer', Due: '2031-06-20' });
    const read = await s.call('GET', `${items}/${res.body.id}?expand=fields`);
    expect(read.body.fields.Due).toBe('2031-06-19T23:00:00Z');
  });

  it('leaves empty columns out of fields and reads one item with expand=fields', async () => {
    const made = await create({ Code: 'c-2' });
    const got = await s.call('GET', `${items}/${made.body.id}?expand=fields`);
    expect(got.status).toBe(200);
    expect(got.body.fields.Code).toBe('c-2');
    expect('Note' in got.body.fields).toBe(false);
  });

  it('patches only the changed fields, answers the fields and bumps the eTag', async () => {
    const made = await create({ Code: 'c-3', Note: 'keep me', Status: 'Open' });
    const patched = await s.call('PATCH', `${items}/${made.body.id}/fields`, { body: { Status: 'Done' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ Status: 'Done', Note: 'keep me', _UIVersionString: '2.0' });
    expect(patched.body['@odata.etag']).toMatch(/,2"$/);
    const cleared = await s.call('PATCH', `${items}/${made.body.id}`, { body: { fields: { Note: null } } });
    expect(cleared.body.fields.Note).toBeUndefined();
  });

  it('deletes with 204 and then answers 404', async () => {
    const made = await create({ Code: 'c-4' });
    expect((await s.call('DELETE', `${items}/${made.body.id}`)).status).toBe(204);
    expect((await s.call('GET', `${items}/${made.body.id}`)).status).toBe(404);
  });

  it('refuses unknown and read-only field names with 400', async () => {
    const unknown = await create({ Code: 'c-5', Colour: 'blue' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe("Field 'Colour' is not recognized");
    expect((await create({ Code: 'c-6', Modified: '2031-01-01T00:00:00Z' })).status).toBe(400);
  });

  it('refuses a choice outside the column\'s choices and a value of the wrong type', async () => {
    const choice = await create({ Code: 'c-7', Status: 'Maybe' });
    expect(choice.status).toBe(400);
    expect(choice.body.error.message).toMatch(/Status/);
    expect((await create({ Code: 'c-8', Count: 'many' })).status).toBe(400);
    expect((await create({ Code: 'c-9', Due: '31/03/2031' })).status).toBe(400);
  });
});

describe('concurrency and unique values', () => {
  it('refuses a stale If-Match with 412 and leaves the item unchanged', async () => {
    const made = await create({ Code: 'e-1', Note: 'original' });
    const first = await s.call('PATCH', `${items}/${made.body.id}/fields`, { body: { Note: 'first' }, headers: { 'If-Match': made.body.eTag } });
    expect(first.status).toBe(200);
    const stale = await s.call('PATCH', `${items}/${made.body.id}/fields`, { body: { Note: 'second' }, headers: { 'If-Match': made.body.eTag } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('preconditionFailed');
    expect((await s.call('GET', `${items}/${made.body.id}?expand=fields`)).body.fields.Note).toBe('first');
    const deleteStale = await s.call('DELETE', `${items}/${made.body.id}`, { headers: { 'If-Match': made.body.eTag } });
    expect(deleteStale.status).toBe(412);
  });

  it('accepts If-Match: * whatever the version', async () => {
    const made = await create({ Code: 'e-2' });
    await s.call('PATCH', `${items}/${made.body.id}/fields`, { body: { Note: 'a' } });
    const res = await s.call('PATCH', `${items}/${made.body.id}/fields`, { body: { Note: 'b' }, headers: { 'If-Match': '*' } });
    expect(res.status).toBe(200);
  });

  it('refuses a clash on a unique column with 409, on create and on update, whatever the case', async () => {
    await create({ Code: 'u-1' });
    const clash = await create({ Code: 'U-1' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toMatch(/duplicate values.*\[Code\]/);
    const other = await create({ Code: 'u-2' });
    expect((await s.call('PATCH', `${items}/${other.body.id}/fields`, { body: { Code: 'u-1' } })).status).toBe(409);
  });
});
