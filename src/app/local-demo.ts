/**
 * Local mode only: the stand-in's sample people the "Signed in as" switcher offers (the stand-in
 * has no user list to read; their names come from its /me). Never used against a tenant.
 */
export const LOCAL_DEMO_EMAILS: readonly string[] = [
  'ava.lindqvist@census.example',
  'morgan.reyes@census.example',
  'priya.raman@kestrelvale.example',
  'tom.ashcroft@kestrelvale.example',
  'bethan.hughes@kestrelvale.example',
  'declan.moore@fenmouth.example',
  'grace.okafor@fenmouth.example',
  'liam.brennan@fenmouth.example',
  'sofia.marsh@harrowgatemoor.example',
  'owen.pritchard@harrowgatemoor.example',
  'hannah.kowalski@harrowgatemoor.example',
];

const STORAGE_KEY = 'lapp.localDemoUser';

/** Who to act as: `?as=<email>` (tests, shared demo links), else the last choice, else the sample CEM. */
export function initialLocalUser(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('as');
  if (fromQuery && fromQuery.includes('@')) return fromQuery.toLowerCase();
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? LOCAL_DEMO_EMAILS[0] ?? '';
  } catch {
    return LOCAL_DEMO_EMAILS[0] ?? '';
  }
}

/**
 * Remembers the choice, and where the address names whom to act as (`?as=`), makes it name the
 * new person: in-app links carry `as` (lib/links.ts), so they and a reload follow the switch.
 */
export function rememberLocalUser(email: string): void {
  const url = new URL(window.location.href);
  if (url.searchParams.has('as')) {
    url.searchParams.set('as', email);
    window.history.replaceState(window.history.state, '', url.toString());
  }
  try {
    window.localStorage.setItem(STORAGE_KEY, email);
  } catch {
    // Storage blocked (private mode, partitioned iframe): the choice lasts for this page only.
  }
}
