import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { fillManifest, type Manifest } from '../../scripts/app-package/fill-manifest';
import type { IconFiles } from '../../scripts/app-package/icon-rules';
import { readPackageSettings, type PackageSettings } from '../../scripts/app-package/package-settings';

export const ROOT = path.resolve(__dirname, '..', '..');
export const TEMPLATE = readFileSync(path.join(ROOT, 'manifest', 'manifest.json'), 'utf8');

export const TENANT_ENV = {
  LAPP_APP_ID: '0b7e2c41-5d3a-4f8e-9a61-c2d4e6f80a1b',
  LAPP_TAB_ORIGIN: 'https://lapp.contoso.example',
  LAPP_CLIENT_ID: '3c9d1e7f-2a4b-4c6d-8e0f-1a2b3c4d5e6f',
};

/** Settings as `npm run package` would read them from this environment. */
export function settingsFrom(env: NodeJS.ProcessEnv): PackageSettings {
  const read = readPackageSettings(env, '1.2.3');
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.settings;
}

/** Our template filled for a tenant-like deployment; a fresh copy each call, safe to break. */
export function ourManifest(env: NodeJS.ProcessEnv = TENANT_ENV): Manifest {
  const filled = fillManifest(TEMPLATE, settingsFrom(env));
  if (!filled.ok) throw new Error(filled.errors.join('\n'));
  return filled.manifest;
}

export function ourIcons(): IconFiles {
  return {
    colorName: 'color.png',
    color: readFileSync(path.join(ROOT, 'assets', 'color.png')),
    outlineName: 'outline.png',
    outline: readFileSync(path.join(ROOT, 'assets', 'outline.png')),
  };
}

/** A PNG of the given size, every pixel the given RGBA colour. */
export function solidPng(width: number, height: number, rgba: readonly [number, number, number, number]): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i += 1) image.data.set(rgba, i * 4);
  return PNG.sync.write(image);
}

export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}
