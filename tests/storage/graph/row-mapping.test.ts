import { sectionById } from '../../../src/plan';
import type { GraphListItem } from '../../../src/storage/graph/graph-types';
import { compareRows, fieldsForGraph, rowFromFields, rowFromItem, selectedFields, titleFor } from '../../../src/storage/graph/row-mapping';

const actions = sectionById('actions');
const checklist = sectionById('supportChecklist');
const snapshots = sectionById('snapshots');

const actionItem: GraphListItem = {
  id: '42',
  '@odata.etag': '"{5C3B3F5A-1D1B-4B8B-9E1A-2F0C1E0D7A11},3"',
  createdDateTime: '2031-01-05T09:00:00Z',
  lastModifiedDateTime: '2031-01-06T10:30:00Z',
  lastModifiedBy: { user: { displayName: 'Robin Example' } },
  fields: {
    '@odata.etag': '"{5C3B3F5A-1D1B-4B8B-9E1A-2F0C1E0D7A11},3"',
    id: '42',
    Title: 'Book the library rooms',
    ClientKey: 'act-1',
    PlanId: 'kestrel-vale',
    SortOrder: 3,
    ActionTitle: 'Book the library rooms',
    Status: 'Open',
    DueDate: '2031-06-19T23:00:00Z',
    ClosedOn: '2031-01-12T00:00:00Z',
    Owner: '',
    ActionNotes: null,
    ContentType: 'Item',
    AuthorLookupId: '7',
    EditorLookupId: '7',
    _UIVersionString: '3.0',
    Attachments: false,
    Edit: '',
    LinkTitle: 'Book the library rooms',
  },
};

describe('a Graph item as a row', () => {
  const row = rowFromItem(actions, actionItem);

  it('carries id, key, plan, ETag, order, dates and who changed it last', () => {
    expect(row).toMatchObject({
      section: 'actions',
      id: '42',
      key: 'act-1',
      planId: 'kestrel-vale',
      etag: '"{5C3B3F5A-1D1B-4B8B-9E1A-2F0C1E0D7A11},3"',
      order: 3,
      created: '2031-01-05T09:00:00Z',
      modified: '2031-01-06T10:30:00Z',
      modifiedBy: 'Robin Example',
    });
  });

  it('reads date-only values as calendar dates, including a summer-time midnight', () => {
    expect(row.values['DueDate']).toBe('2031-06-20');
    expect(row.values['ClosedOn']).toBe('2031-01-12');
  });

  it('reads a value that is no date as no date, every time it meets it', () => {
    const odd = () => rowFromItem(actions, { id: '3', fields: { DueDate: 'next Tuesday' } }).values['DueDate'];
    expect(odd()).toBeNull();
    expect(odd()).toBeNull();
  });

  it('turns blanks into null and keeps only the section’s fields', () => {
    expect(row.values['Owner']).toBeNull();
    expect(row.values['ActionNotes']).toBeNull();
    expect(row.values['Strand']).toBeNull();
    expect(Object.keys(row.values).sort()).toEqual(actions.fields.map((f) => f.name).sort());
    for (const system of ['ContentType', 'AuthorLookupId', '_UIVersionString', 'Attachments', 'Title', 'ClientKey']) {
      expect(row.values).not.toHaveProperty(system);
    }
  });

  it('keeps booleans and numbers typed', () => {
    const ticked = rowFromItem(checklist, { id: '1', fields: { Item: 'Posters', Announce: true, Address: false, ActNow: null } });
    expect(ticked.values).toMatchObject({ Announce: true, Address: false, ActNow: null });
    const part = rowFromItem(snapshots, { id: '2', fields: { SnapshotKey: 'v1', Part: 2, Parts: '3' } });
    expect(part.values).toMatchObject({ Part: 2, Parts: 3 });
  });

  it('takes the item eTag when there is no @odata.etag, and files a row without a key under its id', () => {
    const typedInSharePoint = rowFromItem(actions, { id: '9', eTag: '"{A},1"', fields: { ActionTitle: 'Typed by hand' } });
    expect(typedInSharePoint).toMatchObject({ etag: '"{A},1"', key: 'item-9', planId: '', order: 0 });
    expect(typedInSharePoint).not.toHaveProperty('modifiedBy');
  });

  it('reads a PATCH answer’s fields as a row, or asks for a re-read when it lacks the ETag', () => {
    const fields: Record<string, unknown> = { ...actionItem.fields, Created: '2031-01-05T09:00:00Z', Modified: '2031-01-07T08:00:00Z' };
    expect(rowFromFields(actions, fields)).toMatchObject({ id: '42', key: 'act-1', modified: '2031-01-07T08:00:00Z' });
    const { ['@odata.etag']: _etag, ...withoutEtag } = fields;
    expect(rowFromFields(actions, withoutEtag)).toBeUndefined();
    expect(rowFromFields(actions, undefined)).toBeUndefined();
  });
});

describe('values on their way to Graph', () => {
  it('on create: leaves empty values out and writes the label into Title', () => {
    expect(fieldsForGraph(actions, { ActionTitle: 'Call the press office', Status: 'Open', Owner: null }, 'create')).toEqual({
      ActionTitle: 'Call the press office',
      Status: 'Open',
      Title: 'Call the press office',
    });
  });

  it('on update: sends null to clear, and touches Title only when the label changed', () => {
    expect(fieldsForGraph(actions, { Owner: null }, 'update')).toEqual({ Owner: null });
    expect(fieldsForGraph(actions, { ActionTitle: 'Renamed' }, 'update')).toEqual({ ActionTitle: 'Renamed', Title: 'Renamed' });
  });

  it('cuts Title to 255 characters without splitting an emoji', () => {
    expect(titleFor(actions, { ActionTitle: 'a'.repeat(300) })).toHaveLength(255);
    const title = titleFor(actions, { ActionTitle: `${'a'.repeat(254)}😀tail` });
    expect(title).toBe('a'.repeat(254));
    expect(titleFor(actions, { ActionTitle: null })).toBe('');
  });

  it('selects only the schema’s columns and the system ones mapped', () => {
    const selected = selectedFields(actions);
    expect(selected).toEqual(expect.arrayContaining(['PlanId', 'ClientKey', 'SortOrder', 'ChangedBy', 'ActionTitle', 'DueDate', 'Created', 'Modified']));
    expect(selected).toHaveLength(actions.fields.length + 6);
    // Title only repeats the label, which is read in its own column.
    expect(selected).not.toContain('Title');
  });
});

describe('row order', () => {
  it('sorts by SortOrder, then by creation (numeric item id)', () => {
    const row = (id: string, order: number) => rowFromItem(actions, { id, fields: { SortOrder: order } });
    const sorted = [row('10', 1), row('9', 1), row('2', 2), row('1', 0)].sort(compareRows).map((r) => r.id);
    expect(sorted).toEqual(['1', '9', '10', '2']);
  });
});
