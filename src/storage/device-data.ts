import { deleteDB } from 'idb';

/**
 * What the app keeps on a device is kept per site and per person (`account`: the local sample
 * user's email, or the signed-in account), so nobody is shown a plan kept for someone else and
 * one person's waiting changes are never sent as someone else. These names are that rule.
 */

/** The database of one person's changes that have not reached SharePoint yet (the outbox). */
export function outboxDatabaseName(siteId: string, account: string): string {
  return `lapp-outbox:${siteId}:${account}`;
}

/** The database of the plans one person opened on this device (names, emails, phone numbers). */
export function planCacheDatabaseName(siteId: string, account: string): string {
  return `lapp-plan-cache:${siteId}:${account}`;
}

/**
 * Deletes everything the app keeps on this device for one person on one site: the plan cache and
 * the outbox, with any changes still in it. Close both first; a deletion waits for every open
 * connection (the app's own connections step aside when asked, in any tab).
 */
export async function forgetDeviceData(siteId: string, account: string): Promise<void> {
  await Promise.all([deleteDB(planCacheDatabaseName(siteId, account)), deleteDB(outboxDatabaseName(siteId, account))]);
}
