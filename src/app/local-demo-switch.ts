/** Whose device data to clear after a switch of the person acted as (local demo only). */
export interface LeftBehind {
  readonly siteId: string;
  readonly account: string;
}

/**
 * Clears what the browser keeps for the person just left: their cached plans always; their outbox
 * too when nothing in it is waiting. Changes still waiting are never dropped here: the switcher has
 * warned about them, and they stay queued for that person's next visit. A deletion waits until
 * the app has let go of the old databases (the switch closes them; other tabs step aside).
 */
export async function clearLeftBehind({ siteId, account }: LeftBehind, unsent: number): Promise<void> {
  const deviceData = await import(/* webpackChunkName: "device-storage" */ '../storage/device-data');
  if (unsent === 0) return deviceData.forgetDeviceData(siteId, account);
  const { deleteDB } = await import(/* webpackChunkName: "device-storage" */ 'idb');
  await deleteDB(deviceData.planCacheDatabaseName(siteId, account));
}
