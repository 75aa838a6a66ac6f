import { ROW_SECTIONS, SECTIONS, SYSTEM_FIELDS, sectionById, validateValues, type ValuesOf } from '../../src/plan';
import { columnsFor } from '../../src/storage/graph/column-definitions';

/** Every table of the template, by the heading it has there: none may go missing. */
const TEMPLATE_TABLES: Record<string, string> = {
  'Name of LA': 'plan',
  'Key Contacts': 'keyContacts',
  'Planned Communication Between Local Partners': 'plannedCommunication',
  'Internal Census promotion/training': 'internalPromotion',
  'Area Profile Review': 'areaProfileReview',
  'Local information and local challenges': 'localChallenges',
  'Local Priorities': 'localPriorities',
  'ONS Top 10 Community Groups': 'onsTopGroups',
  'Other groups in the area': 'otherGroups',
  'Agreed Top 10': 'agreedTopTen',
  'Community Updates': 'communityUpdates',
  'Concerns raised by LA': 'concernsRaised',
  'Community Priorities Checklist': 'communityPriorities',
  'Strand 4 - Supporting the recruitment of field staff': 'recruitmentHelp',
  'Strand 5 - Practical operations support': 'practicalSupport',
  'Census Support Centre': 'supportCentres',
  'Offers of help to promote the Census Support Service': 'offersOfHelp',
  'Ideas/initiatives for online completion': 'onlineIdeas',
  'LA completion facilities': 'completionFacilities',
  'Support checklist': 'supportChecklist',
  'Social media checklist': 'socialMediaChecklist',
  'Timescales - Lead in time and Media Type': 'mediaTimescales',
  'Press Office Contact': 'pressOffice',
  'Bespoke Communications Log': 'bespokeCommunications',
  'Suggested Channels and Contacts': 'suggestedChannels',
  'Strand 8 - Quality Assurance': 'qualityAssurance',
  'Address index': 'addressIndex',
};

describe('the LAPP schema', () => {
  it.each(Object.entries(TEMPLATE_TABLES))('holds the template table "%s"', (_heading, id) => {
    expect(SECTIONS.map((s) => s.id)).toContain(id);
  });

  it('holds the lists the meeting work needs', () => {
    for (const id of ['actions', 'decisions', 'meetings'] as const) expect(sectionById(id).fields.length).toBeGreaterThan(3);
  });

  it('gives every section its own list and unique, SharePoint-safe field names', () => {
    const lists = SECTIONS.map((s) => s.list);
    expect(new Set(lists).size).toBe(lists.length);
    for (const s of SECTIONS) {
      const names = s.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name).toMatch(/^[A-Z][A-Za-z0-9]{1,31}$/);
        expect(Object.values(SYSTEM_FIELDS).map((f) => f.name)).not.toContain(name);
      }
      expect(names).toContain(s.labelField);
    }
  });

  it('gives every choice field its choices and keeps the local priorities to eight strands', () => {
    for (const s of SECTIONS) for (const f of s.fields) if (f.kind === 'choice') expect(f.choices?.length).toBeGreaterThan(1);
    const strand = sectionById('localPriorities').fields.find((f) => f.name === 'Strand');
    expect(strand?.choices).toHaveLength(8);
  });

  it('types row values from the declaration, and validation takes what the type allows', () => {
    const action: ValuesOf<'actions'> = {
      ActionTitle: 'Book the library room',
      Strand: '5 Practical support',
      Owner: 'ACLM',
      DueDate: '2031-02-01',
      Status: 'Open',
      LinkedSection: null,
      LinkedRowKey: null,
      RaisedInMeeting: null,
      ClosedInMeeting: null,
      ClosedOn: null,
      ActionNotes: null,
    };
    // Every field the type names is declared, and validation keeps each value as given.
    expect(validateValues(sectionById('actions'), action, 'create')).toEqual(action);
    expect(() => validateValues(sectionById('actions'), { ...action, Colour: 'red' }, 'update')).toThrow(/no field called "Colour"/);
    expect(() => validateValues(sectionById('actions'), { ...action, Status: 'Maybe' }, 'update')).toThrow();
  });
});

describe('SharePoint columns derived from the schema', () => {
  it('puts the plan key, a unique indexed client key and the order on every list', () => {
    for (const s of ROW_SECTIONS) {
      const columns = columnsFor(s);
      expect(columns.slice(0, 3).map((c) => c.name)).toEqual(['PlanId', 'ClientKey', 'SortOrder']);
      expect(columns[0]?.indexed).toBe(true);
      expect(columns[1]).toMatchObject({ indexed: true, enforceUniqueValues: true });
    }
  });

  it('maps each kind of field to exactly one Graph column type', () => {
    const columns = columnsFor(sectionById('concernsRaised'));
    const byName = Object.fromEntries(columns.map((c) => [c.name, c]));
    expect(byName.Concern?.text).toEqual({ allowMultipleLines: true, linesForEditing: 6, textType: 'plain' });
    expect(byName.Month?.text).toMatchObject({ allowMultipleLines: false, maxLength: 255 });
    expect(byName.Resolved?.boolean).toEqual({});
    expect(byName.Resolved?.indexed).toBe(true);
    expect(byName.ResolvedOn?.dateTime).toEqual({ format: 'dateOnly', displayAs: 'standard' });
    for (const c of columns) {
      const facets = ['text', 'choice', 'dateTime', 'boolean', 'number'].filter((k) => k in c);
      expect(facets).toHaveLength(1);
    }
  });

  it('indexes every column the app filters on', () => {
    const indexed = (id: Parameters<typeof sectionById>[0]) =>
      columnsFor(sectionById(id))
        .filter((c) => c.indexed)
        .map((c) => c.name);
    expect(indexed('actions')).toEqual(expect.arrayContaining(['PlanId', 'ClientKey', 'Status', 'DueDate']));
    expect(indexed('concernsRaised')).toEqual(expect.arrayContaining(['Resolved']));
  });
});
