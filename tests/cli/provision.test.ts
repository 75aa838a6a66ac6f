import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as msalNode from '@azure/msal-node';
import { main } from '../../src/cli/main';
import { SECTIONS } from '../../src/plan';
import { startStandIn, type RunningStandIn } from '../../src/server/stand-in';
import { columnsFor } from '../../src/storage/graph/column-definitions';
import { SharePointRest, isVersioningOn, readViewTitles } from '../../src/storage/sharepoint-rest';
import { MANAGER_VIEWS, listTitleOf } from '../../src/storage/views';

jest.mock('@azure/msal-node', () => ({ ...jest.requireActual('@azure/msal-node'), PublicClientApplication: jest.fn() }));

const REPO = path.resolve(__dirname, '..', '..');
const STEPS = SECTIONS.length * 2 + MANAGER_VIEWS.length;

/** Runs `lapp` in-process with captured output against the given environment. */
async function lapp(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every list with every column, versioning on, and every manager view, as the stand-in holds them. */
async function expectSiteSetUp(standIn: RunningStandIn): Promise<void> {
  const owner = () => standIn.tokenFor(SAMPLE_CEM.email);
  const lists = (await (await fetch(`${standIn.graphBaseUrl}/sites/${standIn.siteId}/lists?$expand=columns`, { headers: { Authorization: `Bearer ${await owner()}` } })).json()) as {
    value: { displayName: string; columns: { name: string }[] }[];
  };
  for (const section of SECTIONS) {
    const list = lists.value.find((l) => l.displayName === section.list);
    expect(list?.columns.map((c) => c.name)).toEqual(expect.arrayContaining(columnsFor(section).map((c) => c.name)));
  }
  const sp = new SharePointRest({ siteUrl: standIn.sharePointSiteUrl, getToken: owner });
  for (const section of SECTIONS) expect(await isVersioningOn(sp, section.list)).toBe(true);
  for (const view of MANAGER_VIEWS) expect(await readViewTitles(sp, listTitleOf(view))).toContain(view.title);
}

describe('lapp provision against an empty stand-in', () => {
  let standIn: RunningStandIn;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    standIn = await startStandIn({ port: 0, dbPath: ':memory:' });
    env = { LAPP_GRAPH_BASE_URL: standIn.graphBaseUrl, LAPP_SITE_ID: standIn.siteId, LAPP_GRAPH_TOKEN: await standIn.tokenFor(SAMPLE_CEM.email) };
  });
  afterAll(() => standIn.close());

  it('creates every list and column, turns versioning on and adds the views, showing each step', async () => {
    const { code, out } = await lapp(['provision'], env);
    expect(code).toBe(0);
    expect(out).toContain(`Setting up ${standIn.sharePointSiteUrl}`);
    const steps = out.split('\n').filter((line) => /^\[\s*\d+\/\d+\]/.test(line));
    expect(steps).toHaveLength(STEPS);
    expect(steps.at(-1)).toMatch(new RegExp(`^\\[${STEPS}/${STEPS}\\]`));
    expect(out).toMatch(/LAPP Actions: created \(\d+ columns\)/);
    expect(out).toContain('LAPP Actions: view "Overdue actions" added');
    expect(out).toContain(`Done: ${SECTIONS.length} lists created, 0 given missing columns, versioning turned on for ${SECTIONS.length} lists, ${MANAGER_VIEWS.length} views added.`);
    await expectSiteSetUp(standIn);
  });

  it('changes nothing on a second run, given the stand-in site by its address', async () => {
    const { code, out } = await lapp(['provision', '--site', `${standIn.sharePointSiteUrl}/`], env);
    expect(code).toBe(0);
    expect(out).not.toMatch(/created|columns added|turned on|" added/);
    expect(out).toContain('LAPP Actions: view "Overdue actions" already there');
    expect(out).toContain('Nothing to change: every list, column, view and versioning setting was already in place.');
    await expectSiteSetUp(standIn);
  });

  it('speaks Welsh with --lang cy: every line from the catalogue', async () => {
    const { code, out } = await lapp(['provision', '--lang', 'cy'], env);
    expect(code).toBe(0);
    expect(out).toContain(`Yn gosod ${standIn.sharePointSiteUrl}`);
    expect(out).toContain('LAPP Actions: golygfa "Overdue actions" yno’n barod');
    expect(out).toContain('Dim i’w newid');
    expect(out).not.toMatch(/Setting up|up to date|already|Nothing to change/);
  });

  it('shows its help in Welsh with --lang cy', async () => {
    const { code, out } = await lapp(['provision', '--help', '--lang', 'cy'], env);
    expect(code).toBe(0);
    expect(out).toMatch(/^Defnydd: lapp provision/);
  });

  it('reports as JSON, keeping progress off stdout', async () => {
    const { code, out, err } = await lapp(['provision', '--json'], env);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { lists: { action: string }[]; views: { view: string; added: boolean }[] };
    expect(report.lists).toHaveLength(SECTIONS.length);
    expect(report.views.map((v) => v.view).sort()).toEqual(MANAGER_VIEWS.map((v) => v.title).sort());
    expect(err).toContain(`[${STEPS}/${STEPS}]`);
  });

  it('refuses a site the stand-in does not hold, and says how to reach a tenant', async () => {
    const { code, err } = await lapp(['provision', '--site', 'https://contoso.sharepoint.com/sites/census'], env);
    expect(code).toBe(2);
    expect(err).toContain(`has one site, ${standIn.sharePointSiteUrl}, not https://contoso.sharepoint.com/sites/census`);
    expect(err).toContain('set LAPP_CLIENT_ID and LAPP_AUTHORITY');
  });

  it('runs as a command through bin/lapp.js', async () => {
    const { stdout } = await promisify(execFile)('node', [path.join(REPO, 'bin', 'lapp.js'), 'provision'], {
      cwd: REPO,
      env: { ...process.env, ...env, LAPP_CLIENT_ID: '' },
    });
    expect(stdout).toContain('Nothing to change');
  });
});

describe('lapp provision on the local data folder', () => {
  it('adds the views and versioning to the seeded lists, then has nothing left to do', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapp-provision-'));
    try {
      const first = await lapp(['provision'], { LAPP_DATA_DIR: dataDir });
      expect(first.code).toBe(0);
      expect(first.out).toContain('LAPP Plans: up to date');
      expect(first.out).toContain(`${MANAGER_VIEWS.length} views added.`);
      const second = await lapp(['provision', '--site', 'http://localhost/sharepoint/sites/lapp'], { LAPP_DATA_DIR: dataDir });
      expect(second.code).toBe(0);
      expect(second.out).toContain('Nothing to change');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('lapp provision against a tenant', () => {
  const SITE = 'https://contoso.sharepoint.com/sites/census';
  const tenantEnv = { LAPP_CLIENT_ID: '00000000-0000-4000-8000-00000000c11e', LAPP_AUTHORITY: 'https://login.microsoftonline.com/contoso.example' };

  it.each([
    ['without --site', [], tenantEnv, '--site is needed to set up a site in a tenant'],
    ['without LAPP_AUTHORITY', ['--site', SITE], { LAPP_CLIENT_ID: tenantEnv.LAPP_CLIENT_ID }, 'LAPP_AUTHORITY is needed with LAPP_CLIENT_ID'],
    ['with a site address that is not https', ['--site', 'http://contoso.sharepoint.com/sites/census'], tenantEnv, 'must start with https://'],
  ])('refuses to start %s, before anyone signs in', async (_case, args, env, message) => {
    const { code, err } = await lapp(['provision', ...args], env);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(msalNode.PublicClientApplication).not.toHaveBeenCalled();
  });

  describe('signed in with a device code', () => {
    let standIn: RunningStandIn;
    let scopesAsked: string[][];
    const realFetch = global.fetch;

    beforeAll(async () => {
      standIn = await startStandIn({ port: 0, dbPath: ':memory:' });
    });
    afterAll(() => standIn.close());

    beforeEach(() => {
      scopesAsked = [];
      const account = { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'owner@contoso.example', localAccountId: 'l' };
      // The site's owner, signed in by the stand-in's issuer (the stand-in accepts nothing unsigned).
      const token = async (scopes: string[]) => {
        scopesAsked.push(scopes);
        return { accessToken: await standIn.tokenFor(SAMPLE_CEM.email), account };
      };
      jest.mocked(msalNode.PublicClientApplication).mockImplementation((() => ({
        acquireTokenByDeviceCode: async (request: msalNode.DeviceCodeRequest) => {
          request.deviceCodeCallback({ message: 'Enter the code ABC123 at https://microsoft.com/devicelogin', userCode: 'ABC123', deviceCode: 'd', verificationUri: 'https://microsoft.com/devicelogin', expiresIn: 900, interval: 5 });
          return token(request.scopes);
        },
        acquireTokenSilent: async (request: msalNode.SilentFlowRequest) => token(request.scopes),
      })) as never);
      // Graph and the tenant's SharePoint, played by the stand-in: the site answers to its tenant address.
      jest.spyOn(global, 'fetch').mockImplementation(async (input, init) => {
        const url = String(input);
        if (url === 'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/census:?$select=id,webUrl') {
          return Response.json({ id: standIn.siteId, webUrl: SITE });
        }
        const local = url.replace('https://graph.microsoft.com/v1.0', standIn.graphBaseUrl).replace(SITE, standIn.sharePointSiteUrl);
        return realFetch(local, init);
      });
    });
    afterEach(() => jest.restoreAllMocks());

    it('sets the site up with a Graph token for the lists and a SharePoint token for views and versioning', async () => {
      const { code, out, err } = await lapp(['provision', '--site', SITE], tenantEnv);
      expect(code).toBe(0);
      // Graph grants Sites.Selected only to an application holding Sites.FullControl.All, not to the
      // site owner's Sites.Manage.All: the grant is left to an administrator, and the CLI says so.
      expect(err.split('\n')).toEqual(['To sign in, open https://microsoft.com/devicelogin in a browser on any device and enter the code ABC123.', expect.stringMatching(/^Could not give the app its Sites\.Selected grant .*an administrator can/)]);
      const grants = await fetch(`${standIn.graphBaseUrl}/sites/${standIn.siteId}/permissions`, { headers: { Authorization: `Bearer ${await standIn.entra.appToken(['Sites.FullControl.All'])}` } });
      expect(((await grants.json()) as { value: unknown[] }).value).toEqual([]);
      expect(out).toContain(`Setting up ${SITE}.`);
      expect(out).toContain(`${MANAGER_VIEWS.length} views added.`);
      const asked = new Set(scopesAsked.map((s) => s.join(' ')));
      expect(asked).toEqual(new Set(['https://graph.microsoft.com/Sites.Manage.All', 'https://contoso.sharepoint.com/AllSites.Manage']));
      await expectSiteSetUp(standIn);
    });
  });
});
