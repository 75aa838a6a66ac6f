import type { SharePointRest } from './sharepoint-rest';

/** The time zone of a site's regional settings, as SharePoint REST describes it. */
export interface SiteTimeZone {
  readonly id: number;
  readonly description: string;
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
  const description = typeof zone.Description === 'string' ? zone.Description : 'unknown';
  return { id, description, isUkTime: id === UK_TIME_ZONE_ID || /\bLondon\b/.test(description) };
}

/** What to tell the person setting up the site when it is not on UK time. */
export function timeZoneWarning(zone: SiteTimeZone): string | undefined {
  if (zone.isUkTime) return undefined;
  return `The site's time zone is "${zone.description}", not UK time. Plan dates are stored safely in any zone, but SharePoint's own pages and the managers' views show times in the site's zone: a site owner should set Site settings → Regional settings → Time zone to "(UTC) Dublin, Edinburgh, Lisbon, London".`;
}
