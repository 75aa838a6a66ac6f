import type { FieldDef } from '../plan';
import { FieldControl } from './FieldControl';
import type { RowForm } from './use-row-form';

/** The generated controls for some fields of a row form. */
export function RowFields({ form, fields }: { form: RowForm; fields: readonly FieldDef[] }) {
  return (
    <>
      {fields.map((field) => (
        <FieldControl
          key={field.name}
          field={field}
          value={form.values[field.name] ?? ''}
          error={form.errors[field.name]}
          onChange={(value) => form.setValue(field.name, value)}
        />
      ))}
    </>
  );
}

/** Moves focus to the first control the schema refused, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
