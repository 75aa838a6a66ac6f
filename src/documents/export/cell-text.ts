import { parsePerson, type FieldDef, type FieldValue } from '../../plan';
import { isStrandField, strandNameFor } from '../template-knowledge';

/** '2031-03-23' → '23/03/2031', the way the template's people write dates. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A stored value as the template would show it in a cell; the import reads each form back. */
export function cellText(f: FieldDef, value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (f.kind === 'date') return ukDate(value);
  if (isStrandField(f)) return strandNameFor(value);
  return value;
}

/** A person's name without their email: for documents that go beyond the partnership. */
export function personName(value: FieldValue | undefined): string {
  return typeof value === 'string' && value.trim() !== '' ? parsePerson(value).name : '';
}
