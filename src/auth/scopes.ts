/**
 * The delegated permissions the app asks for, kept in one place so the tab, the CLI and the Teams
 * manifest (whose NAA prefetch must list the same scopes in the same order) agree.
 */

const GRAPH = 'https://graph.microsoft.com';

/**
 * How the app reaches the plan's site: every site the user can write to (`Sites.ReadWrite.All`),
 * or only the sites an administrator has granted the app (`Sites.Selected`).
 */
export type SitesPermission = 'Sites.ReadWrite.All' | 'Sites.Selected';

export const DEFAULT_SITES_PERMISSION: SitesPermission = 'Sites.ReadWrite.All';

/** The scopes for everyday use: who you are, and reading and writing the plan's list items. */
export function dailyGraphScopes(sites: SitesPermission = DEFAULT_SITES_PERMISSION): readonly string[] {
  return [`${GRAPH}/User.Read`, `${GRAPH}/${sites}`];
}

/** Creating lists and columns; asked for only by the site set-up flow. */
export const SITE_SETUP_SCOPES: readonly string[] = [`${GRAPH}/Sites.Manage.All`];

/**
 * SharePoint REST (list views) takes a token for the SharePoint resource itself, not Graph.
 * Throws when `origin` is not an https URL, e.g. https://contoso.sharepoint.com.
 */
export function sharePointScopes(origin: string): readonly string[] {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`The SharePoint address "${origin}" is not a URL; expected e.g. https://contoso.sharepoint.com.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`The SharePoint address "${origin}" must start with https://.`);
  }
  return [`${url.origin}/AllSites.Manage`];
}

/**
 * The plan service's own API scope, exposed by the (multi-tenant) app registration: the tab asks
 * for it and the service accepts nothing else. `tabHost` is the host serving the tab.
 */
export function serviceScope(tabHost: string, clientId: string): string {
  return `api://${tabHost}/${clientId}/access_as_user`;
}
