import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readDocument } from '../../src/documents/read/read-document';
import { enGB } from '../../src/i18n/en-GB';
import { cyGB } from '../../src/i18n/cy-GB';

/** Runs `lapp` in-process with captured output against the given environment. */
async function lapp(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** English words the agenda's own wording uses; the Welsh output must have none of them outside people's words. */
const ENGLISH_AGENDA_WORDS = /\b(meeting|Next|Total|minutes|items|priority|Overdue|due on|not yet|Raised)\b/;

describe('lapp in Welsh', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapp-cy-'));
    env = { LAPP_DATA_DIR: dataDir };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints the agenda in Welsh with --lang cy, and the same agenda in English without it', async () => {
    const english = await lapp(['agenda', '--plan', 'fenmouth', '--date', '2031-06-02'], env);
    const welsh = await lapp(['agenda', '--lang', 'cy', '--plan', 'fenmouth', '--date', '2031-06-02'], env);
    expect(welsh.code).toBe(0);
    expect(welsh.out).toMatch(/^Agenda: .+, cyfarfod ar 2 Meh 2031 \(cam /);
    expect(welsh.out).toMatch(/^Cyfanswm: \d+ munud, \d+ eitem\.$/m);
    expect(welsh.out.split('\n').length).toBe(english.out.split('\n').length);
    // The reasons are Welsh: no line but the numbered titles (people's own words) has the agenda's English.
    const reasons = welsh.out.split('\n').filter((line) => !/^\s*\d+\. /.test(line));
    expect(reasons.filter((line) => ENGLISH_AGENDA_WORDS.test(line))).toEqual([]);
  });

  it('takes the language from LAPP_LANG too, and says so in both languages when there is no such language', async () => {
    const help = await lapp(['--help'], { ...env, LAPP_LANG: 'cy-GB' });
    expect(help.out).toContain(cyGB['cli.commands']);
    const refused = await lapp(['agenda', '--lang', 'fr', '--plan', 'fenmouth'], env);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('does dim iaith "fr"');
    expect(refused.err).toContain('there is no "fr" language');
  });

  it('lists the plans under Welsh headings', async () => {
    const { code, out } = await lapp(['plans', '--lang', 'cy'], env);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Cynllun\s+Cyngor\s+Cyfrifiad\s+Newid diwethaf$/);
  });

  it('writes the LAPP in Welsh with --lang cy, and in both languages with --bilingual', async () => {
    const welshFile = path.join(dataDir, 'cy.docx');
    const bothFile = path.join(dataDir, 'both.docx');
    const welsh = await lapp(['export', '--lang', 'cy', '--plan', 'fenmouth', '--format', 'lapp', '--out', welshFile], env);
    expect(welsh.code).toBe(0);
    expect(welsh.out).toMatch(/^Ysgrifennwyd /);
    expect((await lapp(['export', '--plan', 'fenmouth', '--format', 'lapp', '--out', bothFile, '--bilingual'], env)).code).toBe(0);
    const textOf = async (file: string) => (await readDocument(new Uint8Array(fs.readFileSync(file)), 'lapp.docx')).lines.map((l) => l.text).join('\n');
    const welshText = await textOf(welshFile);
    const bothText = await textOf(bothFile);
    expect(welshText).toContain(cyGB['document.lapp.detailsHeading']);
    expect(welshText).not.toContain(enGB['document.lapp.detailsHeading']);
    expect(bothText.indexOf(cyGB['document.lapp.detailsHeading'])).toBeLessThan(bothText.indexOf(enGB['document.lapp.detailsHeading']));
  }, 60_000);
});
