import { SINGLE_LINE_MAX, SYSTEM_FIELDS, type FieldDef, type SectionDef } from '../../plan';

/** A Graph `columnDefinition` as sent to `POST /sites/{site}/lists` or `…/columns`. */
export interface GraphColumnDefinition {
  name: string;
  displayName: string;
  description?: string;
  required?: boolean;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: { allowMultipleLines: boolean; maxLength?: number; linesForEditing?: number; textType?: 'plain' };
  choice?: { choices: string[]; displayAs: 'dropDownMenu'; allowTextEntry: false };
  dateTime?: { format: 'dateOnly'; displayAs: 'standard' };
  boolean?: Record<string, never>;
  number?: { decimalPlaces: 'automatic' };
}

/**
 * The SharePoint column for one schema field. URLs, emails, phones and people are stored as
 * plain text: Graph's hyperlink column is unreliable, and a person column needs an id from the
 * site's own user list, which guests from the other organisation may not have.
 */
export function columnFor(f: FieldDef): GraphColumnDefinition {
  const base: GraphColumnDefinition = {
    name: f.name,
    displayName: f.columnTitle ?? f.label,
    ...(f.help ? { description: f.help } : {}),
    required: false, // required-ness is the schema's job: SharePoint would refuse partial PATCHes otherwise
    indexed: Boolean(f.indexed),
  };
  switch (f.kind) {
    case 'note':
      return { ...base, text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' } };
    case 'choice':
      return { ...base, choice: { choices: [...(f.choices ?? [])], displayAs: 'dropDownMenu', allowTextEntry: false } };
    case 'date':
      return { ...base, dateTime: { format: 'dateOnly', displayAs: 'standard' } };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'number':
      return { ...base, number: { decimalPlaces: 'automatic' } };
    case 'text':
    case 'email':
    case 'phone':
    case 'url':
    case 'person':
      return { ...base, text: { allowMultipleLines: false, maxLength: SINGLE_LINE_MAX } };
  }
}

/** Every column a section's list needs: the system columns first, then the section's fields. */
export function columnsFor(section: SectionDef): GraphColumnDefinition[] {
  return [
    columnFor(SYSTEM_FIELDS.planId),
    { ...columnFor(SYSTEM_FIELDS.clientKey), indexed: true, enforceUniqueValues: true },
    columnFor(SYSTEM_FIELDS.sortOrder),
    columnFor(SYSTEM_FIELDS.changedBy),
    ...section.fields.map(columnFor),
  ];
}

/** The names of the columns a section's list holds (for `$select`). */
export function columnNamesFor(section: SectionDef): string[] {
  return columnsFor(section).map((c) => c.name);
}
