import { listPath, type SharePointRest } from './sharepoint-rest';

/** Whether the list keeps a version of each item on every change. */
export async function isVersioningOn(sp: SharePointRest, listTitle: string): Promise<boolean> {
  const list = await sp.get<{ EnableVersioning?: boolean }>(`${listPath(listTitle)}?$select=EnableVersioning`);
  return list.EnableVersioning === true;
}

/**
 * Turns on item versioning (SharePoint then keeps who changed what, and when), by MERGE on the
 * list. Setting it twice changes nothing, so a lost answer may be retried.
 */
export async function turnOnVersioning(sp: SharePointRest, listTitle: string): Promise<void> {
  await sp.post(
    listPath(listTitle),
    { __metadata: { type: 'SP.List' }, EnableVersioning: true },
    { headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, idempotent: true },
  );
}
