import { sectionById, validateValues, type SectionId, type ValidatedValues } from '../../src/plan';

/** A new row's values, checked as the app checks them where it builds them. */
export function checked(section: SectionId, values: Readonly<Record<string, unknown>>): ValidatedValues {
  return validateValues(sectionById(section), values, 'create');
}

/** Changes to a row, checked field by field as the app checks them where it builds them. */
export function checkedChanges(section: SectionId, changes: Readonly<Record<string, unknown>>): ValidatedValues {
  return validateValues(sectionById(section), changes, 'update');
}

/**
 * Runs a write whose values are checked as it is built, so that a refusal where the values are
 * built rejects like a refusal from storage would (the Graph adapter trusts what it is given).
 */
export function attempt<T>(write: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(write);
}
