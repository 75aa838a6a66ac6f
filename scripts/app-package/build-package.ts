import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { fillManifest, type Manifest } from './fill-manifest';
import { checkIcons, type IconFiles } from './icon-rules';
import type { PackageSettings } from './package-settings';
import { checkAgainstSchema } from './schema-check';
import { checkStoreRules } from './store-rules';

export type PackageResult =
  | { readonly ok: true; readonly manifest: Manifest; readonly zip: Buffer }
  | { readonly ok: false; readonly errors: readonly string[] };

function checkManifest(manifest: Manifest): string[] {
  return [...checkAgainstSchema(manifest), ...checkStoreRules(manifest)];
}

/** Everything wrong with a filled manifest and its icons: schema, store rules and pixels. */
export function validateAppPackage(manifest: Manifest, icons: IconFiles): string[] {
  return [...checkManifest(manifest), ...checkIcons(icons)];
}

// A fixed timestamp makes the same inputs give a byte-identical zip.
const ENTRY_DATE = new Date('2024-01-01T00:00:00Z');

/** The upload package: manifest.json and the two icons at the zip's root, nothing else. */
export async function zipAppPackage(manifest: Manifest, icons: IconFiles): Promise<Buffer> {
  const zip = new JSZip();
  const options = { date: ENTRY_DATE, createFolders: false } as const;
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, options);
  zip.file(icons.colorName, icons.color, options);
  zip.file(icons.outlineName, icons.outline, options);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

function readIcons(manifest: Manifest, assetsDir: string, errors: string[]): IconFiles | null {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const read = (key: 'color' | 'outline'): { name: string; bytes: Buffer } | null => {
    const name = icons[key];
    if (typeof name !== 'string' || name.length === 0) {
      errors.push(`icons.${key} must name a PNG file in assets/.`);
      return null;
    }
    const file = path.join(assetsDir, path.basename(name));
    if (!existsSync(file)) {
      errors.push(`icons.${key} names ${name}, which is not in ${assetsDir}.`);
      return null;
    }
    return { name, bytes: readFileSync(file) };
  };
  const color = read('color');
  const outline = read('outline');
  if (!color || !outline) return null;
  return { colorName: color.name, color: color.bytes, outlineName: outline.name, outline: outline.bytes };
}

/** Fills the template, checks the result and zips it — or returns every problem found. */
export async function buildAppPackage(input: {
  readonly templateJson: string;
  readonly settings: PackageSettings;
  readonly assetsDir: string;
}): Promise<PackageResult> {
  const filled = fillManifest(input.templateJson, input.settings);
  if (!filled.ok) return filled;
  const missingIcons: string[] = [];
  const icons = readIcons(filled.manifest, input.assetsDir, missingIcons);
  const errors = [...checkManifest(filled.manifest), ...(icons ? checkIcons(icons) : missingIcons)];
  if (!icons || errors.length > 0) return { ok: false, errors };
  return { ok: true, manifest: filled.manifest, zip: await zipAppPackage(filled.manifest, icons) };
}
