import { ServiceStore } from './service-store';
import type { ServiceHttpOptions } from './service-http';

export { ServiceStore } from './service-store';
export type { ServiceHttpOptions } from './service-http';

/** The browser's plan store over the plan service at `baseUrl` (…/api/v1). */
export function createServiceStore(options: ServiceHttpOptions): ServiceStore {
  return new ServiceStore({ ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') });
}
export { createNudgesClient } from './nudges-client';
export { createDirectoryClient, type FoundPerson } from './directory-client';
