import type { FieldValue } from '../../plan';

/** 53-bit string hash (cyrb53): stable everywhere, synchronous, and plenty for telling rows apart. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function canonical(value: FieldValue): string {
  return typeof value === 'string' ? value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim() : JSON.stringify(value);
}

/**
 * The ClientKey of an imported row: plan, section, the row's values (case and spacing ignored)
 * and which occurrence of identical values it is. The same file imported again gives the same
 * keys, so the store's idempotent create hands back the rows already there; two identical rows
 * in one file stay two rows.
 */
export function importedRowKey(planId: string, sectionId: string, identity: Readonly<Record<string, FieldValue>>, occurrence: number): string {
  const content = Object.keys(identity)
    .sort()
    .map((name) => `${name}=${canonical(identity[name] ?? null)}`)
    .join('\u0001');
  const text = `${planId}\u0002${sectionId}\u0002${content}\u0002${occurrence}`;
  return `imp-${hash53(text, 1).toString(36)}${hash53(text, 2).toString(36)}`;
}
