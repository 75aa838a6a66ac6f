import { isIsoDate, parsePerson, type FieldDef, type FieldValue } from '../plan';
import { dayText, type Translate } from '../i18n';

/** A stored value as plain words, as its cell shows it: for search, tooltips and announcements. */
export function fieldValueString(field: FieldDef, value: FieldValue | undefined, t: Translate): string {
  if (value === null || value === undefined || value === '') return '';
  switch (field.kind) {
    case 'boolean':
      return value ? t('field.yes') : t('field.no');
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? dayText(t, value) : String(value);
    case 'choice':
      return t.schema(String(value));
    case 'person':
      return parsePerson(String(value)).name;
    default:
      return String(value);
  }
}
