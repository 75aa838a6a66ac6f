import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildAppPackage } from '../../scripts/app-package/build-package';
import { DEV_DEFAULTS, readPackageSettings } from '../../scripts/app-package/package-settings';
import { drawColourIcon, drawOutlineIcon } from '../../scripts/icons/lapp-mark';
import { packageApp } from '../../scripts/package-app';
import { ROOT, TEMPLATE, TENANT_ENV, ourIcons, settingsFrom } from './helpers';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

describe('the upload package', () => {
  it('holds exactly manifest.json, color.png and outline.png at its root', async () => {
    const result = await buildAppPackage({ templateJson: TEMPLATE, settings: settingsFrom(TENANT_ENV), assetsDir: path.join(ROOT, 'assets') });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const zip = await JSZip.loadAsync(result.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(Object.values(zip.files).some((entry) => entry.dir)).toBe(false);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packed).toEqual(result.manifest);
    expect(await zip.file('outline.png')!.async('nodebuffer')).toEqual(ourIcons().outline);
  });

  it('refuses to build when an icon the manifest names is missing', async () => {
    const result = await buildAppPackage({ templateJson: TEMPLATE, settings: settingsFrom(TENANT_ENV), assetsDir: os.tmpdir() });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^icons\.color names color\.png/), expect.stringMatching(/^icons\.outline names outline\.png/)] });
  });
});

describe('npm run package', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'lapp-package-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes the zip, and says which development defaults it used', async () => {
    const outFile = path.join(outDir, 'appPackage', 'lapp-teams.zip');
    const { out, err, log } = capture();
    await expect(packageApp({ env: {}, rootDir: ROOT, outFile, log })).resolves.toBe(0);
    expect(existsSync(outFile)).toBe(true);
    expect(readdirSync(path.dirname(outFile))).toEqual(['lapp-teams.zip']);
    expect(err.join('\n')).toContain('LAPP_APP_ID, LAPP_TAB_ORIGIN, LAPP_CLIENT_ID');
    expect(out.join('\n')).toContain(DEV_DEFAULTS.LAPP_APP_ID);
    const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(outFile))).file('manifest.json')!.async('string'));
    expect(manifest.staticTabs[0].contentUrl).toBe('https://localhost:53000/?surface=personal');
  });

  it('refuses a manifest template that claims a version the manifest reference does not list as GA', async () => {
    const root = path.join(outDir, 'root');
    mkdirSync(path.join(root, 'manifest'), { recursive: true });
    copyFileSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
    cpSync(path.join(ROOT, 'assets'), path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'manifest', 'manifest.json'), TEMPLATE.replace(/1\.27/g, '1.30'));
    const outFile = path.join(outDir, 'lapp-teams.zip');
    const { err, log } = capture();
    await expect(packageApp({ env: TENANT_ENV, rootDir: root, outFile, log })).resolves.toBe(1);
    expect(existsSync(outFile)).toBe(false);
    expect(err.join('\n')).toContain('manifestVersion "1.30" is not a generally available version');
  });

  it('refuses bad settings, lists every one, and writes nothing', async () => {
    const outFile = path.join(outDir, 'lapp-teams.zip');
    const { err, log } = capture();
    const env = { LAPP_APP_ID: 'my-app', LAPP_CLIENT_ID: '1234', LAPP_TAB_ORIGIN: 'http://lapp.contoso.example' };
    await expect(packageApp({ env, rootDir: ROOT, outFile, log })).resolves.toBe(1);
    expect(existsSync(outFile)).toBe(false);
    expect(err[0]).toBe('Not writing ' + path.relative(ROOT, outFile) + ': the app package has 3 problem(s):');
    expect(err.slice(1)).toEqual([
      expect.stringContaining('LAPP_APP_ID must be a GUID'),
      expect.stringContaining('LAPP_CLIENT_ID must be the Entra application (client) ID'),
      expect.stringContaining('LAPP_TAB_ORIGIN must use https'),
    ]);
  });
});

describe('packaging settings', () => {
  it('accepts an origin with a trailing slash and normalises ids to lower case', () => {
    const read = readPackageSettings({ ...TENANT_ENV, LAPP_TAB_ORIGIN: 'https://LAPP.contoso.example/', LAPP_APP_ID: TENANT_ENV.LAPP_APP_ID.toUpperCase() }, '1.0.0');
    expect(read).toMatchObject({ ok: true, defaulted: [], settings: { tabOrigin: 'https://lapp.contoso.example', appId: TENANT_ENV.LAPP_APP_ID } });
  });

  it.each([
    ['https://lapp.contoso.example/tab', 'must be an origin only'],
    ['lapp.contoso.example', 'is not a URL'],
    ['https://user:pw@lapp.contoso.example', 'must not contain a user name or password'],
  ])('refuses the tab origin %s', (origin, problem) => {
    const read = readPackageSettings({ ...TENANT_ENV, LAPP_TAB_ORIGIN: origin }, '1.0.0');
    expect(read).toEqual({ ok: false, errors: [expect.stringContaining(problem)] });
  });

  it('refuses a sites permission other than the two the app supports', () => {
    const read = readPackageSettings({ ...TENANT_ENV, LAPP_SITES_PERMISSION: 'Sites.FullControl.All' }, '1.0.0');
    expect(read).toEqual({ ok: false, errors: [expect.stringContaining('LAPP_SITES_PERMISSION must be one of')] });
  });
});

describe('the committed icons', () => {
  it('are exactly what scripts/draw-icons.ts draws', () => {
    expect(drawColourIcon()).toEqual(ourIcons().color);
    expect(drawOutlineIcon()).toEqual(ourIcons().outline);
  });
});
