import type { PackageSettings } from './package-settings';

/** A manifest as parsed JSON; the schema and store checks decide whether it is a good one. */
export type Manifest = Record<string, unknown>;

const PLACEHOLDER = /\$\{\{([A-Z_]+)\}\}/g;

function placeholderValues(settings: PackageSettings): Readonly<Record<string, string>> {
  return {
    APP_ID: settings.appId,
    APP_VERSION: settings.appVersion,
    TAB_ORIGIN: settings.tabOrigin,
    TAB_DOMAIN: new URL(settings.tabOrigin).host,
    CLIENT_ID: settings.clientId,
    SITES_PERMISSION: settings.sitesPermission,
  };
}

export type FillResult = { readonly ok: true; readonly manifest: Manifest } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Replaces the `${{NAME}}` placeholders in the template's string values. Values go in after
 * parsing, so a setting can never break the JSON; an unknown placeholder is an error.
 */
export function fillManifest(templateJson: string, settings: PackageSettings): FillResult {
  let template: unknown;
  try {
    template = JSON.parse(templateJson);
  } catch (error) {
    return { ok: false, errors: [`manifest/manifest.json is not valid JSON: ${(error as Error).message}`] };
  }
  const values = placeholderValues(settings);
  const unknown = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) unknown.add(whole);
        return value ?? whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
    }
    return node;
  };
  const manifest = fill(template);
  if (unknown.size > 0) {
    return { ok: false, errors: [...unknown].map((name) => `manifest/manifest.json uses an unknown placeholder ${name}.`) };
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return { ok: false, errors: ['manifest/manifest.json must hold a JSON object.'] };
  }
  return { ok: true, manifest: manifest as Manifest };
}
