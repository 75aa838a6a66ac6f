import { canEditSection, canSign, isOwnedBy, roleFor, sectionById, sectionEditors } from '../../src/plan';

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
    ['someone@fenmouth.gov.uk', undefined],
    ['', undefined],
  ])('%s is %s', (email, role) => {
    expect(roleFor(people, email)).toBe(role);
  });

  it('does not treat a look-alike domain as the council', () => {
    expect(roleFor(people, 'x@notkestrelvale.gov.uk')).toBeUndefined();
  });
});

describe('who someone is, from a token the service verified', () => {
  const SITE = 'site-tenant';
  const COUNCIL = 'kestrel-tenant';
  const plan = { ...people, CouncilTenantId: COUNCIL };
  const from = (tenantId: string, isManager = false) => ({ tenantId, siteTenantId: SITE, isManager });

  it('gives a person named nowhere no role at all, unless they are a configured manager of the site tenant', () => {
    expect(roleFor(plan, 'someone@census.example', from(SITE))).toBeUndefined();
    expect(roleFor(plan, 'morgan@census.example', from(SITE, true))).toBe('manager');
    expect(roleFor(plan, 'morgan@census.example', from(COUNCIL, true))).toBeUndefined();
  });

  it("recognises council staff only from the council's own tenant and at the council's domain", () => {
    expect(roleFor(plan, 'duty.officer@kestrelvale.gov.uk', from(COUNCIL))).toBe('councilStaff');
    expect(roleFor(plan, 'duty.officer@kestrelvale.gov.uk', from(SITE))).toBeUndefined();
    expect(roleFor(plan, 'duty.officer@kestrelvale.gov.uk', from('another-tenant'))).toBeUndefined();
    expect(roleFor(people, 'duty.officer@kestrelvale.gov.uk', from(COUNCIL))).toBeUndefined();
  });

  it("believes the ACLM and CLM from the council's tenant or as guests of the site's, and the CEM only from the site's", () => {
    expect(roleFor(plan, 'sam.okafor@kestrelvale.gov.uk', from(COUNCIL))).toBe('aclm');
    expect(roleFor(plan, 'sam.okafor@kestrelvale.gov.uk', from(SITE))).toBe('aclm');
    expect(roleFor(plan, 'sam.okafor@kestrelvale.gov.uk', from('another-tenant'))).toBeUndefined();
    expect(roleFor(plan, 'ava.lindqvist@census.example', from(COUNCIL))).toBeUndefined();
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

describe('who a read-only section names as its editors', () => {
  it('names the CEM alone for a CEM-only section and the council too where the council edits', () => {
    const cemOnly = { id: 'x', councilEdits: false };
    const shared = { id: 'y', councilEdits: true };
    expect(sectionEditors(cemOnly)).toBe('cem');
    expect(canEditSection('aclm', cemOnly)).toBe(false);
    expect(sectionEditors(shared)).toBe('cemAndCouncil');
    expect(canEditSection('councilStaff', shared)).toBe(true);
    expect(sectionEditors(sectionById('actions'))).toBe('cemAndCouncil');
  });
});

describe('whose an action is', () => {
  const owned = (Owner: string | null) => ({ values: { ActionTitle: 'x', Status: 'Open', Owner } }) as Parameters<typeof isOwnedBy>[0];
  it('matches the owner by email, whatever the case, or by the title of my role in the plan', () => {
    expect(isOwnedBy(owned('Sam Okafor <Sam.Okafor@kestrelvale.gov.uk>'), 'sam.okafor@kestrelvale.gov.uk', 'aclm')).toBe(true);
    expect(isOwnedBy(owned('aclm'), 'sam.okafor@kestrelvale.gov.uk', 'aclm')).toBe(true);
    expect(isOwnedBy(owned('CLM'), 'sam.okafor@kestrelvale.gov.uk', 'aclm')).toBe(false);
    expect(isOwnedBy(owned('Ruth Abara <ruth.abara@kestrelvale.gov.uk>'), 'sam.okafor@kestrelvale.gov.uk', 'aclm')).toBe(false);
    expect(isOwnedBy(owned(null), 'sam.okafor@kestrelvale.gov.uk', 'aclm')).toBe(false);
    expect(isOwnedBy(owned('Council staff'), 'dev@kestrelvale.gov.uk', 'councilStaff')).toBe(false);
  });
});
