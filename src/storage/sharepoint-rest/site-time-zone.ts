import type { SharePointRest } from './sharepoint-rest';

/** The time zone of a site's regional settings, as SharePoint REST describes it. */
export interface SiteTimeZone {
  readonly id: number;
  /** SharePoint's name for the zone; null when the site did not say. */
  readonly description: string | null;
  /** UK time: SharePoint's zone 2, "(UTC) Dublin, Edinburgh, Lisbon, London". */
  readonly isUkTime: boolean;
}

/** SharePoint's id of "(UTC) Dublin, Edinburgh, Lisbon, London", the zone a LAPP site should use. */
export const UK_TIME_ZONE_ID = 2;

/**
 * Reads the site's time zone. SharePoint keeps each date-only value as a day in this zone, and
 * its own pages and the managers' views show dates and times in it; the app writes dates so
 * they survive any zone, but the site should be on UK time for what people see in SharePoint.
 */
export async function readSiteTimeZone(sp: SharePointRest): Promise<SiteTimeZone> {
  // An answer without the zone (an older endpoint, a proxy's page) reads as unknown: a warning, not a failed set-up.
  const zone = (await sp.get<{ Id?: number; Description?: string } | undefined>('web/RegionalSettings/TimeZone')) ?? {};
  const id = typeof zone.Id === 'number' ? zone.Id : -1;
  const description = typeof zone.Description === 'string' ? zone.Description : null;
  return { id, description, isUkTime: id === UK_TIME_ZONE_ID || /\bLondon\b/.test(description ?? '') };
}

/**
 * What to tell the person setting up the site when it is not on UK time, as a message id with its
 * value: storage knows no language, so the caller's catalogue words it (`lapp provision --lang`).
 */
export type TimeZoneWarning = { readonly id: 'notUkTime'; readonly zone: string } | { readonly id: 'unknownZone' };

export function timeZoneWarning(zone: SiteTimeZone): TimeZoneWarning | undefined {
  if (zone.isUkTime) return undefined;
  return zone.description === null ? { id: 'unknownZone' } : { id: 'notUkTime', zone: zone.description };
}
