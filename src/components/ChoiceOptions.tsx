import type { FieldDef } from '../plan';
import { useMessages } from '../i18n';

/** A choice field's options for a native select, each in the app's language, after an optional empty one. */
export function ChoiceOptions({ field, empty }: { field: FieldDef; empty?: string }) {
  const t = useMessages();
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {(field.choices ?? []).map((choice) => (
        <option key={choice} value={choice}>
          {t.schema(choice)}
        </option>
      ))}
    </>
  );
}
