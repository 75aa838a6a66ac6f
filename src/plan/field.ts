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
  /**
   * The column's display name in SharePoint, where the label is one SharePoint keeps for its own
   * fields ("Name", "Version", "Order", "Title"…): such a column is refused or silently renamed.
   */
  readonly columnTitle?: string;
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
  /**
   * For a date people write freely ("w/c 9 March", "Spring 2026", "TBC"): the text field that
   * keeps the words as written, beside the day read from them (empty when none can be read).
   * Shown instead of the day wherever the plan is shown as the council wrote it.
   */
  readonly written?: string;
  /** This text field is the words as written of another field's date: shown with it, never alone. */
  readonly writtenFor?: string;
  /**
   * Asked for when the row is recorded during a meeting (the side panel's record form shows
   * these fields, in schema order; the meeting fills in the rest itself).
   */
  readonly inMeeting?: boolean;
  /**
   * The field holds the key of a row of this section (the meeting an action was raised in):
   * people choose and read it by that row's date and kind, never by its key.
   */
  readonly refersTo?: 'meetings';
  /**
   * The field holds the key of a row of the section whose id the field named here holds (an
   * action or decision linked to the row it came from): the pair names one row of the plan.
   */
  readonly rowIn?: string;
}

/** SharePoint's own limits for text columns. */
export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63_999;

export const PRIORITIES = ['High', 'Medium', 'Low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CONFIRMATION = ['Yes', 'No', 'TBC'] as const;

/** A grid cell the council ticked rather than ranked. */
export const TICKED = 'Ticked';
/** What a cell of a ticked or ranked grid holds: a priority, or a tick. */
export const PRIORITY_OR_TICK = [...PRIORITIES, TICKED] as const;

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
  /**
   * A date as councils write it: the day (for sorting, the agenda and overdue checks) and the
   * words as written, in a text field of its own named `<name>Text`. Spread into `fields`.
   */
  writtenDate: (name: string, label: string, extra: Partial<FieldDef> = {}): readonly [FieldDef, FieldDef] => {
    const text = `${name}Text`;
    return [
      { name, label, kind: 'date', ...extra, written: text },
      { name: text, label: `${label} as written`, kind: 'text', writtenFor: name },
    ];
  },
  choice: (name: string, label: string, choices: readonly string[], extra: Partial<FieldDef> = {}): FieldDef => ({
    name,
    label,
    kind: 'choice',
    choices,
    ...extra,
  }),
};
