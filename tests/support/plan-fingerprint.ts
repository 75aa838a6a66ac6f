import type { ServiceSite } from './service-site';

/** The service's path to a section's rows of a plan. */
export const rowsPath = (planId: string, section: string): string => `/plans/${planId}/sections/${section}/rows`;

/** Every row of a plan as key → etag, read as `reader`: equal before and after shows nothing changed. */
export async function planFingerprint(site: ServiceSite, planId: string, reader: string): Promise<string> {
  const plan = (await site.call('GET', `/plans/${planId}`, reader)).body;
  const rows = [plan.header, ...Object.values(plan.sections as Record<string, { key: string; etag: string }[]>).flat()];
  return JSON.stringify(rows.map((r) => [r.key, r.etag]).sort());
}
