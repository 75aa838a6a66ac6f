import * as msalNode from '@azure/msal-node';
import { PlanChoiceError } from '../../src/cli/choose-plan';
import { failureText } from '../../src/cli/failure-text';
import { main } from '../../src/cli/main';
import type { PlanSummary } from '../../src/plan';
import { translateFor } from '../../src/i18n/catalogues';

/**
 * `lapp` in Welsh says why it stopped in Welsh: signing in (Entra's instructions come only in
 * English, so the code and its address are put in a sentence of ours) and what storage refused,
 * with storage's own words, where there are any, last on the line.
 */

jest.mock('@azure/msal-node', () => ({ ...jest.requireActual('@azure/msal-node'), PublicClientApplication: jest.fn() }));

const cy = translateFor('cy-GB');
const SITE = 'https://contoso.sharepoint.com/sites/census';
const TENANT = { LAPP_CLIENT_ID: '00000000-0000-4000-8000-00000000c11e', LAPP_AUTHORITY: 'https://login.microsoftonline.com/contoso.example' };
const ENTRA_WORDS = 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABC123 to authenticate.';

async function lapp(args: string[], env: NodeJS.ProcessEnv) {
  const err: string[] = [];
  const code = await main(args, { out: () => {}, err: (text) => err.push(text), env });
  return { code, err };
}

/** Entra shows the code, then answers the device-code sign-in with `failure`. */
function signInEndsWith(failure: Error) {
  jest.mocked(msalNode.PublicClientApplication).mockImplementation((() => ({
    acquireTokenByDeviceCode: async (request: msalNode.DeviceCodeRequest) => {
      request.deviceCodeCallback({ message: ENTRA_WORDS, userCode: 'ABC123', deviceCode: 'd', verificationUri: 'https://microsoft.com/devicelogin', expiresIn: 900, interval: 5 });
      throw failure;
    },
    acquireTokenSilent: async () => Promise.reject(new Error('not signed in')),
  })) as never);
}

describe('lapp provision, signing in, in Welsh', () => {
  it('gives the code and where to enter it in Welsh, and Entra’s refusal in Welsh', async () => {
    signInEndsWith(new msalNode.ServerError('invalid_grant', 'test', 'AADSTS50105: The signed in user is not assigned to a role for the application.'));
    const { code, err } = await lapp(['provision', '--site', SITE, '--lang', 'cy'], TENANT);
    expect(code).toBe(1);
    expect(err).toEqual([
      'I fewngofnodi, agorwch https://microsoft.com/devicelogin mewn porwr ar unrhyw ddyfais a rhowch y cod ABC123.',
      `lapp provision: ${cy('signIn.notAssigned')}`,
    ]);
  });

  it('says a lost connection to the sign-in service in Welsh', async () => {
    signInEndsWith(new msalNode.AuthError('no_network_connectivity', 'getaddrinfo ENOTFOUND login.microsoftonline.com'));
    const { err } = await lapp(['provision', '--site', SITE], { ...TENANT, LAPP_LANG: 'cy' });
    expect(err.at(-1)).toBe(`lapp provision: ${cy('signIn.network')}`);
  });

  it('says a sign-in failure it has no words for in Welsh, with its code for the administrator', async () => {
    signInEndsWith(new msalNode.ServerError('invalid_client', 'test', 'AADSTS7000218: The request body must contain client_assertion.'));
    const { err } = await lapp(['provision', '--site', SITE, '--lang', 'cy'], TENANT);
    expect(err.at(-1)).toBe(`lapp provision: ${cy('signIn.failed', { code: 'AADSTS7000218' })}`);
  });
});

describe('lapp plans, refused by storage, in Welsh', () => {
  afterEach(() => jest.restoreAllMocks());
  const env = { LAPP_GRAPH_BASE_URL: 'https://graph.example/v1.0', LAPP_GRAPH_TOKEN: 'token' };
  const answer = (status: number, code: string, message: string) =>
    jest.spyOn(global, 'fetch').mockImplementation(async () => Response.json({ error: { code, message } }, { status }));

  it('says a refusal the catalogue words in Welsh only', async () => {
    answer(403, 'accessDenied', 'Either scp or roles claim need to be present in the token.');
    const { code, err } = await lapp(['plans', '--lang', 'cy'], env);
    expect(code).toBe(1);
    expect(err).toEqual([`lapp plans: ${cy('problem.forbidden')}`]);
  });

  it('says a refusal it has no words for in Welsh, with SharePoint’s own words last on the line', async () => {
    const said = 'The expression "fields/LappPlanId" is not valid.';
    answer(400, 'invalidRequest', said);
    const { code, err } = await lapp(['plans', '--lang', 'cy'], env);
    expect(code).toBe(1);
    expect(err).toEqual([`lapp plans: ${cy('problem.refused')} ${said}`]);
  });
});

describe('lapp given an option it does not know, in Welsh', () => {
  it.each(['plans', 'agenda', 'import', 'export', 'provision'])('lapp %s says so in a Welsh sentence before Node’s words, then its usage in Welsh', async (command) => {
    const { code, err } = await lapp([command, '--colour', '--lang', 'cy'], {});
    expect(code).toBe(2);
    const [first, , ...usage] = err.join('\n').split('\n');
    expect(first).toMatch(new RegExp(`^lapp ${command}: ${cy('cli.badOptions')} .*Unknown option '--colour'`));
    expect(usage.join('\n')).toBe(cy(`cli.${command}.usage` as 'cli.plans.usage'));
  });
});

describe('lapp given a --plan that picks out no single plan, in Welsh', () => {
  it('says there is none in Welsh, then lists the plans to choose from', async () => {
    const { code, err } = await lapp(['agenda', '--plan', 'nowhere', '--lang', 'cy'], { LAPP_DATA_DIR: ':memory:' });
    expect(code).toBe(1);
    const [first, second, ...plans] = err.join('\n').split('\n');
    expect(first).toBe(`lapp agenda: ${cy('cli.plan.none', { query: 'nowhere' })}`);
    expect(second).toBe(cy('cli.plan.choices'));
    expect(plans.length).toBeGreaterThan(0);
    for (const line of plans) expect(line).toMatch(/^ {2}[a-z0-9-]+ {2}\(.+\)$/);
  });

  it('says several fit in Welsh, listing only those', () => {
    const plans = [
      { id: 'north-fenwick-council', council: 'North Fenwick Council' },
      { id: 'north-fenwick-parish', council: 'North Fenwick Parish' },
    ] as PlanSummary[];
    expect(failureText(cy, new PlanChoiceError('several', 'north', plans))).toBe(
      `${cy('cli.plan.several', { query: 'north' })}\n${cy('cli.plan.choices')}\n  north-fenwick-council  (North Fenwick Council)\n  north-fenwick-parish  (North Fenwick Parish)`,
    );
  });

  it('says there are no plans at all in Welsh', () => {
    expect(failureText(cy, new PlanChoiceError('none', 'north', []))).toBe(`${cy('cli.plan.none', { query: 'north' })}\n${cy('cli.plan.noPlans')}`);
  });
});

describe('lapp provision against the local stand-in, in Welsh', () => {
  it('names the stand-in in Welsh when --site is another site', async () => {
    const { code, err } = await lapp(['provision', '--site', SITE, '--lang', 'cy'], { LAPP_DATA_DIR: ':memory:' });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(new RegExp(`^lapp provision: Mae gan ${cy('cli.store.standInMemory')} un safle, \\S+, nid ${SITE}\\.`));
  });
});
