/**
 * A new row's client key: stable across retries, so a repeated create cannot make a duplicate.
 * A UUID version 7 (RFC 9562): it starts with the time in milliseconds, so keys made on one device
 * sort in the order they were made. SharePoint dates rows to the second only, and two records
 * made in the same second of a call would otherwise show in a random order.
 */
export function newRowKey(now: number = Date.now()): string {
  const time = Math.max(0, Math.floor(now)).toString(16).padStart(12, '0').slice(-12);
  const random = crypto.randomUUID().replace(/-/g, '');
  const variant = ((parseInt(random[16]!, 16) & 0x3) | 0x8).toString(16);
  const hex = `${time}7${random.slice(13, 16)}${variant}${random.slice(17, 32)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
