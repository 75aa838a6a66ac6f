import { useCallback, useState } from 'react';
import { ValidationError, validateValues, type FieldValue, type SectionDef, type ValidatedValues } from '../plan';
import { fieldErrorTexts } from '../i18n';
import { useFullMessages } from '../i18n/use-full-messages';
import { allFormFields, changedFormFields, toFormValues, type FormValue, type FormValues } from './form-values';

export interface RowForm {
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, string>>;
  /** Some control differs from where it started: closing now would lose that. */
  readonly dirty: boolean;
  setValue(name: string, value: FormValue): void;
  /**
   * Checks the form with the schema's rules. Resolves to the normalised values to save (every field
   * for a create, only what changed for an update), or undefined after showing field messages.
   */
  validate(mode: 'create' | 'update'): ValidatedValues | undefined;
}

/** A form's state for one row of a section, checked by `validateValues` — the schema's own rules. */
export function useRowForm(section: SectionDef, initial: Readonly<Record<string, FieldValue>>): RowForm {
  const t = useFullMessages();
  const [start] = useState(() => toFormValues(section, initial));
  const [values, setValues] = useState<FormValues>(start);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  const setValue = useCallback((name: string, value: FormValue) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors(({ [name]: _fixed, ...rest }) => rest);
  }, []);

  const validate = (mode: 'create' | 'update') => {
    const candidate = mode === 'create' ? allFormFields(section, values) : changedFormFields(section, start, values);
    try {
      const valid = validateValues(section, candidate, mode);
      setErrors({});
      return valid;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setErrors(fieldErrorTexts(t, error));
      return undefined;
    }
  };

  const dirty = Object.keys(changedFormFields(section, start, values)).length > 0;
  return { values, errors, dirty, setValue, validate };
}
