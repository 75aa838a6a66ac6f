import { useCallback, useState } from 'react';
import { fieldErrorTexts } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import { ValidationError } from '../../plan';

/** A recording form's field messages: `attempt` runs a write and keeps the schema's messages if it refuses. */
export function useFieldErrors(): { errors: Readonly<Record<string, string>>; attempt(write: () => void): boolean } {
  const t = useFullMessages();
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const attempt = useCallback((write: () => void) => {
    try {
      write();
      setErrors({});
      return true;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setErrors(fieldErrorTexts(t, error));
      return false;
    }
  }, [t]);
  return { errors, attempt };
}
