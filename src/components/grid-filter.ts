import type { AnyRow, FieldDef, FieldValue } from '../plan';

/** What a section grid's search box and choice filters hold. */
export interface GridFilter {
  readonly query: string;
  /** A choice field's name → the one choice to show; absent means every choice. */
  readonly choices: Readonly<Record<string, string>>;
}

export const NO_FILTER: GridFilter = { query: '', choices: {} };

export function isFiltering(filter: GridFilter): boolean {
  return filter.query.trim() !== '' || Object.keys(filter.choices).length > 0;
}

/** The choice fields a grid offers to filter by (Status, Priority, Strand…). */
export function filterableFields(fields: readonly FieldDef[]): readonly FieldDef[] {
  return fields.filter((f) => f.kind === 'choice' && (f.choices?.length ?? 0) > 0);
}

/**
 * The rows a filter lets through, in their order. Every word searched for must appear in some
 * column, as stored or as shown (`shownText`: a date in British form, a choice in Welsh), ignoring
 * case; each chosen filter must match its field exactly.
 */
export function filterRows(
  rows: readonly AnyRow[],
  fields: readonly FieldDef[],
  filter: GridFilter,
  shownText: (field: FieldDef, value: FieldValue) => string,
): readonly AnyRow[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const chosen = Object.entries(filter.choices);
  return rows.filter((row) => {
    if (!chosen.every(([name, choice]) => row.values[name] === choice)) return false;
    if (words.length === 0) return true;
    const haystack = fields
      .flatMap((f) => {
        const value = row.values[f.name];
        return value === null || value === undefined ? [] : [String(value), shownText(f, value)];
      })
      .join('\n')
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
