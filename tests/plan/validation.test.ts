import { ValidationError, sectionById, validateValues, toIsoDate, isIsoDate, planIdFor } from '../../src/plan';

const contacts = sectionById('keyContacts');

function messagesFor(values: Record<string, unknown>, mode: 'create' | 'update' = 'create') {
  try {
    validateValues(contacts, values, mode);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.errors.map((e) => `${e.field}: ${e.message}`);
  }
}

describe('validating a row against its section', () => {
  it('accepts a good row and normalises empty values to null', () => {
    expect(validateValues(contacts, { ContactName: ' Priya Shah ', Email: 'priya@kestrelvale.gov.uk', Phone: '' })).toEqual({
      ContactName: 'Priya Shah',
      Email: 'priya@kestrelvale.gov.uk',
      Phone: null,
      Organisation: null,
      ContactRole: null,
    });
  });

  it('says which field is wrong and why', () => {
    expect(messagesFor({ ContactName: 'Priya', Email: 'not-an-email' })).toEqual([
      'Email: Email must be an email address, like name@council.gov.uk.',
    ]);
    expect(messagesFor({ Email: 'a@b.uk' })).toEqual(['ContactName: Name is required.']);
  });

  it('refuses fields the section does not have', () => {
    expect(messagesFor({ ContactName: 'Priya', Salary: 1 })).toEqual(['Salary: Key contacts has no field called "Salary".']);
  });

  it('checks only the changed fields on update', () => {
    expect(validateValues(contacts, { Phone: '024 7600 0000' }, 'update')).toEqual({ Phone: '024 7600 0000' });
  });

  it('refuses markup and script in text', () => {
    expect(messagesFor({ ContactName: '<script>alert(1)</script>' })).toEqual([
      'ContactName: Name must be plain text, without HTML or script.',
    ]);
    expect(messagesFor({ ContactName: 'x', Organisation: '<img src=x onerror=alert(1)>' })).toHaveLength(1);
  });

  it('allows people written with their email in notes, which is not markup', () => {
    const concern = sectionById('concernsRaised');
    expect(validateValues(concern, { Month: 'March 2031', Concern: 'Raised by Sam Okafor <sam.okafor@kestrelvale.gov.uk>' }).Concern).toBe(
      'Raised by Sam Okafor <sam.okafor@kestrelvale.gov.uk>',
    );
    expect(() => validateValues(concern, { Month: 'March 2031', Concern: 'see <a href="x">here</a>' })).toThrow('plain text');
    expect(() => validateValues(concern, { Month: 'March 2031', Concern: '<svg/onload=alert(1)>' })).toThrow('plain text');
  });

  it("keeps to SharePoint's length limits", () => {
    expect(messagesFor({ ContactName: 'x'.repeat(256) })).toEqual(['ContactName: Name can be at most 255 characters.']);
    const concern = sectionById('concernsRaised');
    expect(() => validateValues(concern, { Month: 'March 2031', Concern: 'y'.repeat(70_000) })).toThrow(
      'Concern raised can be at most 63,999 characters.',
    );
  });

  it('refuses a choice that is not in the list and a date that does not exist', () => {
    const actions = sectionById('actions');
    expect(() => validateValues(actions, { ActionTitle: 'a', Status: 'Maybe' })).toThrow('Status must be one of: Open, In progress, Done, Dropped.');
    expect(() => validateValues(actions, { ActionTitle: 'a', Status: 'Open', DueDate: '2031-02-30' })).toThrow(
      'Due must be a real date (YYYY-MM-DD).',
    );
  });

  it('accepts people as a role or a name with an email', () => {
    const plan = sectionById('plan');
    expect(validateValues(plan, { CouncilName: 'Kestrel Vale', Census: 'Census 2031', Aclm: 'Sam Okafor <sam@kestrelvale.gov.uk>' }).Aclm).toBe(
      'Sam Okafor <sam@kestrelvale.gov.uk>',
    );
    expect(() => validateValues(plan, { CouncilName: 'K', Census: 'C', Aclm: 'Sam <not an email>' })).toThrow(ValidationError);
  });
});

describe('dates', () => {
  it('reads SharePoint date-only instants back as the calendar day', () => {
    expect(toIsoDate('2031-03-20T00:00:00Z')).toBe('2031-03-20');
    expect(toIsoDate('2031-06-19T23:00:00Z')).toBe('2031-06-20');
    expect(isIsoDate('2031-13-01')).toBe(false);
  });
});

describe('plan ids', () => {
  it('makes a readable id from a council name', () => {
    expect(planIdFor('Kestrel Vale District Council')).toBe('kestrel-vale-district-council');
    expect(planIdFor("St Aldric's & Fenmouth")).toBe('st-aldric-s-fenmouth');
  });
});
