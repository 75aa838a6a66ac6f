import { callService, type ServiceHttpOptions } from './service-http';

/** A person the plan service's directory search found. */
export interface FoundPerson {
  readonly name: string;
  readonly email: string;
  readonly jobTitle?: string;
}

/** `GET /people?search=…` on the plan service: the site tenant's directory, for its own people only (403 for others). */
export function createDirectoryClient(options: ServiceHttpOptions): (text: string) => Promise<readonly FoundPerson[]> {
  const base = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
  return async (text) => (await callService<{ value: FoundPerson[] }>(base, { method: 'GET', path: `/people?search=${encodeURIComponent(text)}` })).value;
}
