import type { FieldValue } from '../plan';

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Sort order for a column: empty values last, numbers and yes/no by value, text and ISO dates by collation. */
export function compareValues(a: FieldValue | undefined, b: FieldValue | undefined): number {
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
  return collator.compare(String(a), String(b));
}
