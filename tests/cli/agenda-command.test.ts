import { sampleSiteContent } from '../../src/server/sample-site/sample-site';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { choosePlan, PlanChoiceError } from '../../src/cli/choose-plan';
import { main } from '../../src/cli/main';
import { startStandIn } from '../../src/server/stand-in';
import { SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import type { PlanSummary } from '../../src/plan';

const REPO = path.resolve(__dirname, '..', '..');

/** Runs `lapp` in-process with captured output against the given environment. */
async function lapp(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lapp against the local stand-in in a data folder', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapp-cli-'));
    env = { LAPP_DATA_DIR: dataDir };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists the sample councils, seeded on first use, and keeps them in the data folder', async () => {
    const { code, out } = await lapp(['plans'], env);
    expect(code).toBe(0);
    for (const council of Object.values(SAMPLE_COUNCILS)) expect(out).toContain(council.planId);
    expect(fs.existsSync(path.join(dataDir, 'standin.sqlite'))).toBe(true);
  });

  it('lists the plans as JSON', async () => {
    const { code, out } = await lapp(['plans', '--json'], env);
    expect(code).toBe(0);
    const plans = JSON.parse(out) as PlanSummary[];
    expect(plans.map((p) => p.id).sort()).toEqual(Object.values(SAMPLE_COUNCILS).map((c) => c.planId).sort());
    expect(plans[0]).toEqual(expect.objectContaining({ council: expect.any(String), census: expect.any(String) }));
  });

  it('prints the agenda items as JSON, each with a title, a reason, minutes and the rows behind it', async () => {
    const { code, out } = await lapp(['agenda', '--plan', 'kestrel', '--json'], env);
    expect(code).toBe(0);
    const items = JSON.parse(out) as { title: string; reason: string; minutes: number; rows: { id: string; key: string }[] }[];
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      expect(item.title).not.toBe('');
      expect(item.reason).toMatch(/\.$/);
      expect(Number.isInteger(item.minutes)).toBe(true);
      expect(item.rows.length).toBeGreaterThan(0);
      for (const row of item.rows) expect(row.id).toMatch(/\S/);
    }
  });

  it('prints a numbered agenda with reasons and a total that adds up', async () => {
    const json = JSON.parse((await lapp(['agenda', '--plan', 'Kestrel Vale District Council', '--json'], env)).out) as { minutes: number }[];
    const { code, out } = await lapp(['agenda', '--plan', 'KESTREL-VALE'], env);
    expect(code).toBe(0);
    expect(out).toMatch(/^Agenda: Kestrel Vale District Council, meeting on \d{1,2} \w{3,4} \d{4} \(/);
    expect(out).toMatch(/^ 1\. .+ \[\d+ min\]$/m);
    const total = json.reduce((sum, item) => sum + item.minutes, 0);
    expect(out).toContain(`Total: ${total} minutes, ${json.length} items.`);
  });

  it('builds the agenda for the date asked for', async () => {
    const { out } = await lapp(['agenda', '--plan', 'fenmouth', '--date', '2031-06-02'], env);
    expect(out).toContain('meeting on 2 Jun 2031');
  });

  it.each([
    ['no --plan', ['agenda'], 2, 'Say which plan with --plan'],
    ['a malformed date', ['agenda', '--plan', 'kestrel', '--date', '2031-02-30'], 2, '--date must be a real date in the form YYYY-MM-DD, not "2031-02-30".'],
    ['an unknown option', ['agenda', '--plan', 'kestrel', '--colour'], 2, "Unknown option '--colour'"],
    ['an unknown option to plans', ['plans', '--all'], 2, "Unknown option '--all'"],
    ['a plan that does not exist', ['agenda', '--plan', 'nowhere'], 1, 'There is no plan for "nowhere".\nThe plans are:'],
  ])('refuses %s with a clear message', async (_case, args, expected, message) => {
    const { code, err } = await lapp(args, env);
    expect(code).toBe(expected);
    expect(err).toContain(message);
  });

  it.each([['plans'], ['agenda']])('explains the options of lapp %s', async (name) => {
    const { code, out } = await lapp([name, '--help'], env);
    expect(code).toBe(0);
    expect(out).toContain(`Usage: lapp ${name}`);
  });

  it('runs as a command through bin/lapp.js', async () => {
    const { stdout } = await promisify(execFile)('node', [path.join(REPO, 'bin', 'lapp.js'), 'plans'], {
      cwd: REPO,
      env: { ...process.env, ...env },
    });
    expect(stdout).toContain(SAMPLE_COUNCILS.kestrelVale.planId);
  });
});

describe('lapp with LAPP_DATA_DIR=:memory:', () => {
  it('starts from the sample plans and writes no file', async () => {
    const { code, out } = await lapp(['plans', '--json'], { LAPP_DATA_DIR: ':memory:' });
    expect(code).toBe(0);
    expect((JSON.parse(out) as PlanSummary[]).length).toBe(Object.keys(SAMPLE_COUNCILS).length);
    expect(fs.existsSync(path.join(REPO, ':memory:'))).toBe(false);
  });
});

describe('lapp against a Graph endpoint named in the environment', () => {
  it('reads the plans from LAPP_GRAPH_BASE_URL', async () => {
    const standIn = await startStandIn({ content: sampleSiteContent() });
    try {
      const { code, out } = await lapp(['plans', '--json'], {
        LAPP_GRAPH_BASE_URL: standIn.graphBaseUrl,
        LAPP_SITE_ID: standIn.siteId,
        LAPP_GRAPH_TOKEN: await standIn.tokenFor('ava.lindqvist@census.example'),
      });
      expect(code).toBe(0);
      expect((JSON.parse(out) as PlanSummary[]).length).toBe(Object.keys(SAMPLE_COUNCILS).length);
    } finally {
      await standIn.close();
    }
  });
});

describe('choosing a plan by name', () => {
  const plans: PlanSummary[] = [
    { id: 'north-fenwick-council', council: 'North Fenwick Council', census: 'Census 2031', modified: '2031-01-01T00:00:00Z', header: {} as PlanSummary['header'] },
    { id: 'north-fenwick-parish', council: 'North Fenwick Parish', census: 'Census 2031', modified: '2031-01-01T00:00:00Z', header: {} as PlanSummary['header'] },
    { id: 'ottery-down', council: 'Ottery Down District Council', census: 'Census 2031', modified: '2031-01-01T00:00:00Z', header: {} as PlanSummary['header'] },
  ];

  it.each([
    ['the plan id', 'ottery-down', 'ottery-down'],
    ['the council name in any case', 'north fenwick PARISH', 'north-fenwick-parish'],
    ['an unambiguous start of the name', 'Ott', 'ottery-down'],
    ['an unambiguous start of the id', 'north-fenwick-c', 'north-fenwick-council'],
  ])('by %s', (_case, query, id) => {
    expect(choosePlan(plans, query).id).toBe(id);
  });

  it('lists the candidates when the name fits more than one plan', () => {
    expect(() => choosePlan(plans, 'north')).toThrow(PlanChoiceError);
    expect(() => choosePlan(plans, 'north')).toThrow(
      '"north" matches more than one plan; give more of the name.\nThe plans are:\n  north-fenwick-council  (North Fenwick Council)\n  north-fenwick-parish  (North Fenwick Parish)',
    );
  });
});
