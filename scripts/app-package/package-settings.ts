import { DEFAULT_SITES_PERMISSION, type SitesPermission } from '../../src/auth/scopes';
import { isGuid } from './store-rules';

/**
 * What varies between deployments of the same app package, read from the environment at
 * packaging time. The defaults are for packaging on a developer's machine and still validate.
 */
export interface PackageSettings {
  readonly appId: string;
  readonly tabOrigin: string;
  readonly clientId: string;
  readonly sitesPermission: SitesPermission;
  readonly appVersion: string;
}

export const DEV_DEFAULTS = {
  LAPP_APP_ID: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
  LAPP_TAB_ORIGIN: 'https://localhost:53000',
  LAPP_CLIENT_ID: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
} as const;

export type SettingName = keyof typeof DEV_DEFAULTS;

const SITES_PERMISSIONS: readonly SitesPermission[] = ['Sites.ReadWrite.All', 'Sites.Selected'];

function originProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:') return 'must use https (Teams only loads tabs over HTTPS)';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.pathname !== '/' || url.search || url.hash) return 'must be an origin only, with no path, query or fragment';
  return null;
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: PackageSettings; readonly defaulted: readonly SettingName[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Reads the LAPP_* settings, naming every one that is wrong; unset ones take the dev defaults. */
export function readPackageSettings(env: NodeJS.ProcessEnv, appVersion: string): SettingsResult {
  const defaulted: SettingName[] = [];
  const value = (name: SettingName): string => {
    const given = env[name]?.trim();
    if (given) return given;
    defaulted.push(name);
    return DEV_DEFAULTS[name];
  };
  const appId = value('LAPP_APP_ID');
  const tabOrigin = value('LAPP_TAB_ORIGIN');
  const clientId = value('LAPP_CLIENT_ID');
  // Not a development stand-in but the production default, so using it is not worth a warning.
  const sitesPermission = env.LAPP_SITES_PERMISSION?.trim() || DEFAULT_SITES_PERMISSION;

  const errors: string[] = [];
  if (!isGuid(appId)) errors.push(`LAPP_APP_ID must be a GUID, e.g. ${DEV_DEFAULTS.LAPP_APP_ID} (got "${appId}").`);
  if (!isGuid(clientId)) {
    errors.push(`LAPP_CLIENT_ID must be the Entra application (client) ID, a GUID (got "${clientId}").`);
  }
  const problem = originProblem(tabOrigin);
  if (problem) errors.push(`LAPP_TAB_ORIGIN ${problem}, e.g. https://lapp.contoso.example (got "${tabOrigin}").`);
  if (!SITES_PERMISSIONS.includes(sitesPermission as SitesPermission)) {
    errors.push(`LAPP_SITES_PERMISSION must be one of ${SITES_PERMISSIONS.join(', ')} (got "${sitesPermission}").`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    defaulted,
    settings: {
      appId: appId.toLowerCase(),
      tabOrigin: new URL(tabOrigin).origin,
      clientId: clientId.toLowerCase(),
      sitesPermission: sitesPermission as SitesPermission,
      appVersion,
    },
  };
}
