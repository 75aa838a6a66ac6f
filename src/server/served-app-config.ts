import { parseAppConfig, type AppConfig } from '../config/app-config';
import { DEFAULT_SITE_ID, GRAPH_BASE_PATH } from './stand-in/site';

/**
 * What `/app-config.json` says. With LAPP_CLIENT_ID set the app runs against a real tenant
 * (LAPP_SITE_ID, LAPP_AUTHORITY, LAPP_SHAREPOINT_ORIGIN); otherwise against the local stand-in
 * on this same server, at whatever origin the browser used.
 */
export type ConfigFor = (origin: string) => AppConfig;

/** Reads the environment once, failing with a message that names the bad setting. */
export function appConfigFromEnv(env: NodeJS.ProcessEnv): { mode: AppConfig['mode']; configFor: ConfigFor } {
  if (env.LAPP_CLIENT_ID) {
    const config = tenantConfig(env);
    return { mode: 'tenant', configFor: () => config };
  }
  const configFor: ConfigFor = (origin) => parseAppConfig({ mode: 'local', graphBaseUrl: `${origin}${GRAPH_BASE_PATH}`, siteId: DEFAULT_SITE_ID });
  configFor('http://localhost');
  return { mode: 'local', configFor };
}

/** The setting each tenant config field comes from, so an error names what to fix. */
const ENV_NAMES: Record<string, string> = {
  clientId: 'LAPP_CLIENT_ID',
  siteId: 'LAPP_SITE_ID',
  authority: 'LAPP_AUTHORITY',
  sharePointOrigin: 'LAPP_SHAREPOINT_ORIGIN',
};

function tenantConfig(env: NodeJS.ProcessEnv): AppConfig {
  try {
    return parseAppConfig({
      mode: 'tenant',
      clientId: env.LAPP_CLIENT_ID,
      siteId: env.LAPP_SITE_ID,
      authority: env.LAPP_AUTHORITY,
      ...(env.LAPP_SHAREPOINT_ORIGIN ? { sharePointOrigin: env.LAPP_SHAREPOINT_ORIGIN } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const named = Object.entries(ENV_NAMES).reduce((text, [field, name]) => text.replace(new RegExp(`\\b${field}:`, 'g'), `${name}:`), message);
    throw new Error(`Tenant mode (LAPP_CLIENT_ID is set) needs valid settings. ${named}`);
  }
}
