import { canEditSection, canSign, roleFor, sectionById } from '../../src/plan';

const people = {
  Cem: 'Ava Lindqvist <ava.lindqvist@census.example>',
  Aclm: 'Sam Okafor <sam.okafor@kestrelvale.gov.uk>',
  Clm: 'Ruth Abara <ruth.abara@kestrelvale.gov.uk>',
  CouncilDomain: 'kestrelvale.gov.uk',
};

describe('who someone is in a plan', () => {
  it.each([
    ['ava.lindqvist@census.example', 'cem'],
    ['SAM.OKAFOR@kestrelvale.gov.uk', 'aclm'],
    ['ruth.abara@kestrelvale.gov.uk', 'clm'],
    ['duty.officer@kestrelvale.gov.uk', 'councilStaff'],
    ['someone@fenmouth.gov.uk', 'manager'],
    ['', 'manager'],
  ])('%s is %s', (email, role) => {
    expect(roleFor(people, email)).toBe(role);
  });

  it('does not treat a look-alike domain as the council', () => {
    expect(roleFor(people, 'x@notkestrelvale.gov.uk')).toBe('manager');
  });
});

describe('what each role may change', () => {
  const concerns = sectionById('concernsRaised');
  const challenges = sectionById('plannedCommunication');

  it('lets the CEM edit everything and a manager nothing', () => {
    expect(canEditSection('cem', challenges)).toBe(true);
    expect(canEditSection('manager', concerns)).toBe(false);
  });

  it("lets the council's people edit only what the template gives the council", () => {
    for (const role of ['aclm', 'clm', 'councilStaff'] as const) {
      expect(canEditSection(role, concerns)).toBe(true);
      expect(canEditSection(role, challenges)).toBe(false);
    }
  });

  it('lets only the ACLM and CLM sign', () => {
    expect([canSign('aclm'), canSign('clm'), canSign('cem'), canSign('councilStaff')]).toEqual([true, true, false, false]);
  });
});
