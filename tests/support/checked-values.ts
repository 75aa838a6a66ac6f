import { sectionById, validateValues, type SectionId, type ValidatedValues } from '../../src/plan';

/** A new row's values, checked as the app checks them where it builds them. */
export function checked(section: SectionId, values: Readonly<Record<string, unknown>>): ValidatedValues {
  return validateValues(sectionById(section), values, 'create');
}

/** Changes to a row, checked field by field as the app checks them where it builds them. */
export function checkedChanges(section: SectionId, changes: Readonly<Record<string, unknown>>): ValidatedValues {
  return validateValues(sectionById(section), changes, 'update');
}
