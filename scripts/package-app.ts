/**
 * `npm run package`: fills manifest/manifest.json from the LAPP_* environment variables, checks it
 * against Microsoft's bundled schema and the store rules, and writes dist/appPackage/lapp-teams.zip
 * — or lists every problem and writes nothing. Works offline.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppPackage } from './app-package/build-package';
import { readPackageSettings } from './app-package/package-settings';

export interface PackageAppOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly rootDir: string;
  readonly outFile: string;
  readonly log: { out(line: string): void; err(line: string): void };
}

function refuse(options: PackageAppOptions, errors: readonly string[]): number {
  const relative = path.relative(options.rootDir, options.outFile);
  options.log.err(`Not writing ${relative}: the app package has ${errors.length} problem(s):`);
  errors.forEach((error) => options.log.err(`  - ${error}`));
  return 1;
}

/** Builds the package; returns the process exit code (0 written, 1 refused). */
export async function packageApp(options: PackageAppOptions): Promise<number> {
  const { version } = JSON.parse(readFileSync(path.join(options.rootDir, 'package.json'), 'utf8')) as { version: string };
  const read = readPackageSettings(options.env, version);
  if (!read.ok) return refuse(options, read.errors);
  const result = await buildAppPackage({
    templateJson: readFileSync(path.join(options.rootDir, 'manifest', 'manifest.json'), 'utf8'),
    settings: read.settings,
    assetsDir: path.join(options.rootDir, 'assets'),
  });
  if (!result.ok) return refuse(options, result.errors);

  mkdirSync(path.dirname(options.outFile), { recursive: true });
  // Write beside the target and rename, so a reader never sees half a zip.
  const partial = `${options.outFile}.${process.pid}.partial`;
  writeFileSync(partial, result.zip);
  renameSync(partial, options.outFile);
  if (read.defaulted.length > 0) {
    options.log.err(`Using development defaults for ${read.defaulted.join(', ')}; set them for a real tenant.`);
  }
  const { settings } = read;
  options.log.out(
    `Wrote ${path.relative(options.rootDir, options.outFile)} (app ${settings.appId} v${settings.appVersion}, tab ${settings.tabOrigin}, manifest ${String(result.manifest.manifestVersion)}).`,
  );
  return 0;
}

if (require.main === module) {
  const rootDir = path.resolve(__dirname, '..');
  void packageApp({
    env: process.env,
    rootDir,
    outFile: path.join(rootDir, 'dist', 'appPackage', 'lapp-teams.zip'),
    log: { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
  }).then((code) => {
    process.exitCode = code;
  });
}
