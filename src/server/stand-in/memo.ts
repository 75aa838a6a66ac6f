/**
 * A pure function of a string, remembered: the stand-in answers thousands of items from a few
 * people and a few hundred dates, and hashing or time-zone formatting each one again dominated
 * reading a large list. The table is emptied when it grows past `limit`, so a long-running dev
 * server cannot grow it without bound.
 */
export function remembered<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const table = new Map<string, T>();
  return (key) => {
    const known = table.get(key);
    if (known !== undefined || table.has(key)) return known as T;
    if (table.size >= limit) table.clear();
    const value = compute(key);
    table.set(key, value);
    return value;
  };
}
