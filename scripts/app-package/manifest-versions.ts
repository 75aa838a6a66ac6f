/**
 * The manifest versions Microsoft's manifest reference lists as generally available, newest last.
 * Source: "App manifest for Microsoft 365" (https://learn.microsoft.com/microsoft-365/extensibility/schema/),
 * read April 2026: "What's new in manifest version 1.27" heads the page and "All generally available
 * versions" follow it; the Teams manifest page adds that version 1.18 is not available.
 * @microsoft/app-manifest bundles newer schemas (to 1.30) that the reference does not call GA, and
 * Teams may refuse them on upload, so the package accepts only what this list names.
 */
// prettier-ignore
export const GA_MANIFEST_VERSIONS: readonly string[] = [
  '1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13',
  '1.14', '1.15', '1.16', '1.17', '1.19', '1.20', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26', '1.27',
];

export const NEWEST_GA_MANIFEST_VERSION = GA_MANIFEST_VERSIONS[GA_MANIFEST_VERSIONS.length - 1]!;

export const MANIFEST_REFERENCE_URL = 'https://learn.microsoft.com/microsoft-365/extensibility/schema/';

/** A problem line when the manifest claims a version the reference does not list as GA. */
export function checkManifestVersion(manifestVersion: unknown): string[] {
  if (typeof manifestVersion === 'string' && GA_MANIFEST_VERSIONS.includes(manifestVersion)) return [];
  return [
    `manifestVersion ${JSON.stringify(manifestVersion)} is not a generally available version in Microsoft's manifest reference (${MANIFEST_REFERENCE_URL}); use ${NEWEST_GA_MANIFEST_VERSION}.`,
  ];
}
