/**
 * The fictional people of the local stand-in (development and tests only). Sign in as one of them
 * by sending `Authorization: Bearer standin:<email>`; with no header you are the sample CEM.
 */
export type SampleRole = 'cem' | 'aclm' | 'clm' | 'councilStaff' | 'manager';

export interface SampleUser {
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly role: SampleRole;
  /** The plan (header ClientKey) a council person belongs to. */
  readonly planId?: string;
}

export const SAMPLE_CEM: SampleUser = {
  displayName: 'Ava Lindqvist',
  email: 'ava.lindqvist@census.example',
  jobTitle: 'Census engagement manager',
  role: 'cem',
};

/** Reads every plan and is named in none. */
export const SAMPLE_MANAGER: SampleUser = {
  displayName: 'Morgan Reyes',
  email: 'morgan.reyes@census.example',
  jobTitle: 'Census engagement area manager',
  role: 'manager',
};

/** A council's sample people, all at the council's own email domain. */
export interface SampleCouncil {
  readonly planId: string;
  readonly councilName: string;
  readonly domain: string;
  readonly aclm: SampleUser;
  readonly clm: SampleUser;
  readonly staff: SampleUser;
}

/**
 * `planId` is the id the app gives this council's plan (`planIdFor` in src/plan/rows.ts), written
 * out so that the stand-in borrows no app code; tests/server/seed.test.ts checks they agree.
 */
function council(councilName: string, planId: string, domain: string, people: [string, string, string]): SampleCouncil {
  const person = (displayName: string, role: SampleRole, jobTitle: string): SampleUser => ({
    displayName,
    email: `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`,
    jobTitle,
    role,
    planId,
  });
  return {
    planId,
    councilName,
    domain,
    aclm: person(people[0], 'aclm', 'Assistant census liaison manager'),
    clm: person(people[1], 'clm', 'Census liaison manager'),
    staff: person(people[2], 'councilStaff', 'Communications officer'),
  };
}

export const SAMPLE_COUNCILS = {
  kestrelVale: council('Kestrel Vale District Council', 'kestrel-vale-district-council', 'kestrelvale.example', [
    'Priya Raman',
    'Tom Ashcroft',
    'Bethan Hughes',
  ]),
  fenmouth: council('Fenmouth Borough Council', 'fenmouth-borough-council', 'fenmouth.example', ['Declan Moore', 'Grace Okafor', 'Liam Brennan']),
  harrowgateMoor: council('Harrowgate Moor Council', 'harrowgate-moor-council', 'harrowgatemoor.example', [
    'Sofia Marsh',
    'Owen Pritchard',
    'Hannah Kowalski',
  ]),
} as const;

export const SAMPLE_USERS: readonly SampleUser[] = [
  SAMPLE_CEM,
  SAMPLE_MANAGER,
  ...Object.values(SAMPLE_COUNCILS).flatMap((c) => [c.aclm, c.clm, c.staff]),
];

/** "Name <email>", the way the plan stores a person. */
export function personValue(user: SampleUser): string {
  return `${user.displayName} <${user.email}>`;
}
