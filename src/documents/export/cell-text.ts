import { TICKED, parsePerson, type FieldDef, type FieldValue, type SectionDef } from '../../plan';
import { TICK_MARK, isStrandField, strandNameFor, ukDate } from '../template-knowledge';

/** A stored value as the template would show it in a cell; the import reads each form back. */
export function cellText(f: FieldDef, value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (f.kind === 'date') return ukDate(value);
  if (f.kind === 'choice' && value === TICKED) return TICK_MARK;
  if (isStrandField(f)) return strandNameFor(value);
  return value;
}

/** A row's cell for a field: a date as the council wrote it where its words were kept. */
export function rowCellText(f: FieldDef, values: Readonly<Record<string, FieldValue>>): string {
  const words = f.written ? values[f.written] : null;
  return typeof words === 'string' && words.trim() !== '' ? words : cellText(f, values[f.name]);
}

/** The columns a document shows: a date's words as written go in the date's own column. */
export function shownFields(section: SectionDef): readonly FieldDef[] {
  return section.fields.filter((f) => f.writtenFor === undefined);
}

/** A person's name without their email: for documents that go beyond the partnership. */
export function personName(value: FieldValue | undefined): string {
  return typeof value === 'string' && value.trim() !== '' ? parsePerson(value).name : '';
}
