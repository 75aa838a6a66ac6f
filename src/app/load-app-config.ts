import { parseAppConfig, type AppConfig } from '../config/app-config';

/** Reads `/app-config.json`; a missing or invalid config stops the app with a message naming the problem. */
export async function loadAppConfig(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<AppConfig> {
  const response = await fetchImpl('/app-config.json', { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`The app's configuration could not be read (HTTP ${response.status}).`);
  return parseAppConfig(await response.json());
}
