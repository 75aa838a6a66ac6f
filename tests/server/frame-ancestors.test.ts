import { CONTENT_SECURITY_POLICY } from '../../src/server/security-headers';

/**
 * Every host Microsoft's tab requirements page lists under "Set Content Security Policy headers to
 * allow Teams and any other host applications of your app", in all the forms the page has taken
 * (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements). Each must be
 * able to frame the tab, as a browser reads our Content-Security-Policy.
 */
const LISTED_HOSTS = {
  Teams: ['teams.microsoft.com', 'foo.teams.microsoft.com', 'teams.cloud.microsoft'],
  'Microsoft 365 app': ['www.microsoft365.com', 'www.office.com', 'm365.cloud.microsoft'],
  Outlook: [
    'outlook.live.com',
    'outlook.office.com',
    'outlook.office365.com',
    'outlook-sdf.office.com',
    'outlook-sdf.office365.com',
    'outlook.cloud.microsoft',
  ],
  'All hosts (new)': ['anything.cloud.microsoft'],
};

function frameAncestors(policy: string): string[] {
  const directive = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('frame-ancestors '));
  if (!directive) throw new Error('The policy has no frame-ancestors directive.');
  return directive.split(/\s+/).slice(1);
}

/** CSP host-source matching (CSP Level 3 §6.7.2.8) for https origins: a leading "*." matches subdomains only. */
function allows(sources: readonly string[], origin: string): boolean {
  const { protocol, host } = new URL(origin);
  return sources.some((source) => {
    const match = /^https:\/\/(\*\.)?([^/:]+)$/.exec(source);
    if (!match || protocol !== 'https:') return false;
    const [, wildcard, domain] = match;
    return wildcard ? host.endsWith(`.${domain}`) : host === domain;
  });
}

describe("frame-ancestors follows Microsoft's tab requirements page", () => {
  const sources = frameAncestors(CONTENT_SECURITY_POLICY);

  it.each(Object.entries(LISTED_HOSTS).flatMap(([hostApp, hosts]) => hosts.map((host) => [hostApp, host])))(
    'lets %s at %s frame the tab',
    (_hostApp, host) => {
      expect(allows(sources, `https://${host}`)).toBe(true);
    },
  );

  it('names only https hosts (and the app itself), never a bare wildcard', () => {
    expect(sources).not.toContain('*');
    expect(sources.filter((s) => s !== "'self'").every((s) => s.startsWith('https://'))).toBe(true);
  });

  it.each(['https://evil.example', 'https://outlook.office.com.evil.example', 'http://teams.microsoft.com', 'https://live.com'])(
    'refuses %s',
    (origin) => {
      expect(allows(sources, origin)).toBe(false);
    },
  );
});
