/**
 * The vocabulary every section of the LAPP is written in: one field = one SharePoint column,
 * one form control, one validation rule, one import/export cell.
 */

/** The kinds of value a field holds. Each maps to one SharePoint column type (see storage/graph). */
export type FieldKind =
  | 'text' // single line, at most 255 characters
  | 'note' // multiple lines, at most 63,999 characters
  | 'choice'
  | 'date' // a calendar date, 'YYYY-MM-DD', never an instant
  | 'boolean'
  | 'number'
  | 'email'
  | 'phone'
  | 'url'
  | 'person'; // "Name <email>" or a role: works across tenants, unlike a site user lookup

export interface FieldDef {
  /** SharePoint internal name: ASCII letters and digits, starts with a capital, ≤ 32 characters. */
  readonly name: string;
  /** What people see, in British English. */
  readonly label: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** The allowed values of a choice field, in display order. */
  readonly choices?: readonly string[];
  /** The template's own guidance for this column, shown as the field's hint. */
  readonly help?: string;
  /** The template's column heading, where it differs from the label (Word import and export). */
  readonly heading?: string;
  /** Indexed in SharePoint, so `$filter` on it is allowed at any list size. */
  readonly indexed?: boolean;
}

/** SharePoint's own limits for text columns. */
export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63_999;

export const PRIORITIES = ['High', 'Medium', 'Low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CONFIRMATION = ['Yes', 'No', 'TBC'] as const;

/** The value a field of a given kind holds once read from storage. Absent values are null. */
export type ValueOfKind<K extends FieldKind> = K extends 'boolean'
  ? boolean | null
  : K extends 'number'
    ? number | null
    : string | null;

export type FieldValue = string | number | boolean | null;

/** Builders that keep section files short and uniform. */
export const field = {
  text: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'text', ...extra }),
  note: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'note', ...extra }),
  date: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'date', ...extra }),
  yesNo: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'boolean', ...extra }),
  number: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'number', ...extra }),
  email: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'email', ...extra }),
  phone: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'phone', ...extra }),
  url: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'url', ...extra }),
  person: (name: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, kind: 'person', ...extra }),
  choice: (name: string, label: string, choices: readonly string[], extra: Partial<FieldDef> = {}): FieldDef => ({
    name,
    label,
    kind: 'choice',
    choices,
    ...extra,
  }),
};
