import type { Manifest } from './fill-manifest';
import { checkManifestVersion } from './manifest-versions';

/**
 * Rules Teams and the store apply that the JSON schema does not express (or expresses only as a
 * bare regex): identifiers, lengths, version format, HTTPS, and every address inside validDomains.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a GUID such as 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f. */
export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}
// The form Teams accepts: MAJOR.MINOR.PATCH, no leading zeros, no pre-release tag.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const NAA_REDIRECT = /^brk-multihub:\/\/([^/?#]+)$/;

function at(manifest: Manifest, ...keys: string[]): unknown {
  let node: unknown = manifest;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// Identifiers that look like URLs but are never loaded by Teams: the schema reference and the
// sign-in scopes (checked separately below).
const NOT_ADDRESSES = new Set(['$schema', 'webApplicationInfo']);

/** Every http(s) address Teams may open, with its JSON path. */
function webAddresses(node: unknown, where: string): Array<{ where: string; url: string }> {
  if (typeof node === 'string') return /^https?:\/\//i.test(node) ? [{ where, url: node }] : [];
  if (Array.isArray(node)) return node.flatMap((child, i) => webAddresses(child, `${where}/${i}`));
  if (node !== null && typeof node === 'object') {
    return Object.entries(node)
      .filter(([key]) => !NOT_ADDRESSES.has(key))
      .flatMap(([key, child]) => webAddresses(child, `${where}/${key}`));
  }
  return [];
}

/**
 * Whether a host is covered by a validDomains entry such as `*.contoso.com`. A non-default port is
 * part of the host and must be listed with it (`localhost:53000`), as Teams expects.
 */
export function isInValidDomains(host: string, validDomains: readonly string[]): boolean {
  const wanted = host.toLowerCase();
  return validDomains.some((entry) => {
    const domain = entry.toLowerCase();
    return domain.startsWith('*.') ? wanted.endsWith(domain.slice(1)) : wanted === domain;
  });
}

function maxLength(manifest: Manifest, keys: [string, string], limit: number): string[] {
  const value = at(manifest, ...keys);
  return typeof value === 'string' && value.length > limit
    ? [`${keys.join('.')} is ${value.length} characters; Teams allows at most ${limit}.`]
    : [];
}

/** Store-rule problems in a filled manifest, one readable line each. */
export function checkStoreRules(manifest: Manifest): string[] {
  const errors: string[] = [];
  const id = at(manifest, 'id');
  if (!isGuid(id)) errors.push(`id must be a GUID (got ${JSON.stringify(id)}).`);
  const clientId = at(manifest, 'webApplicationInfo', 'id');
  if (clientId !== undefined && !isGuid(clientId)) {
    errors.push(`webApplicationInfo.id must be the Entra application (client) ID, a GUID (got ${JSON.stringify(clientId)}).`);
  }
  const version = at(manifest, 'version');
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    errors.push(`version must be a semantic version such as 1.0.0 (got ${JSON.stringify(version)}).`);
  }
  const manifestVersion = at(manifest, 'manifestVersion');
  errors.push(...checkManifestVersion(manifestVersion));
  const schemaUrl = at(manifest, '$schema');
  if (typeof schemaUrl === 'string' && !schemaUrl.includes(`/v${String(manifestVersion)}/`)) {
    errors.push(`$schema points at a different version from manifestVersion ${String(manifestVersion)}.`);
  }
  errors.push(...maxLength(manifest, ['name', 'short'], 30), ...maxLength(manifest, ['description', 'short'], 80));

  const validDomains = asArray(at(manifest, 'validDomains')).filter((d): d is string => typeof d === 'string');
  for (const { where, url } of webAddresses(manifest, '')) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      errors.push(`${where} is not a valid URL: ${url}`);
      continue;
    }
    if (parsed.protocol !== 'https:') errors.push(`${where} must use https: ${url}`);
    if (!isInValidDomains(parsed.host, validDomains)) {
      errors.push(`${where} is on ${parsed.host}, which is not in validDomains (${validDomains.join(', ') || 'empty'}).`);
    }
  }
  asArray(at(manifest, 'webApplicationInfo', 'nestedAppAuthInfo')).forEach((entry, i) => {
    const redirect = at(entry as Manifest, 'redirectUri');
    const host = typeof redirect === 'string' ? NAA_REDIRECT.exec(redirect)?.[1] : undefined;
    if (!host || !isInValidDomains(host, validDomains)) {
      errors.push(
        `webApplicationInfo.nestedAppAuthInfo/${i}/redirectUri must be brk-multihub://<a domain in validDomains> (got ${JSON.stringify(redirect)}).`,
      );
    }
  });
  for (const icon of ['color', 'outline']) {
    const file = at(manifest, 'icons', icon);
    if (typeof file === 'string' && /[\\/]/.test(file)) {
      errors.push(`icons.${icon} must name a file at the package root, not in a folder (got "${file}").`);
    }
  }
  return errors;
}
