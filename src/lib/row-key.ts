/** A new row's client key: stable across retries, so a repeated create cannot make a duplicate. */
export function newRowKey(): string {
  return crypto.randomUUID();
}
