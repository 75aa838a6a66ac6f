import type { FieldValue, RowSectionId, ValidatedValues } from '../../plan';
import type { SourceFormat, Where } from '../read/source';
import type { ImportMessage } from './import-messages';

/**
 * Something in the file that did not become a row, and why. `template` marks the template's own
 * furniture (hints, labels, empty rows); `problem` marks content the person should look at.
 */
export interface Unplaced {
  readonly line: number;
  readonly where: Where;
  readonly text: string;
  readonly reason: ImportMessage;
  readonly kind: 'template' | 'problem';
}

/** A row the import will create. */
export interface PreviewRow {
  /** The ClientKey: the same file imported into the same plan gives the same keys. */
  readonly key: string;
  readonly order: number;
  readonly values: ValidatedValues;
  /** The source lines the row was read from (several when wrapped lines were merged). */
  readonly lines: readonly number[];
  readonly where: Where;
  /** What the import decided on the way: inferred years, merged lines, split cells. */
  readonly notes: readonly ImportMessage[];
  /** The plan already has a row with this key: importing leaves it as it is. */
  readonly alreadyInPlan: boolean;
  /** The plan has this row already (a strand's local priority) and importing fills it in. */
  readonly update?: RowUpdate;
}

/** The existing row an import fills in, and only the fields it changes. */
export interface RowUpdate {
  readonly etag: string;
  readonly changes: ValidatedValues;
}

/** A table heading row the import recognised, and which field each column went to. */
export interface TableRead {
  readonly line: number;
  readonly where: Where;
  readonly columns: readonly (string | null)[];
}

export interface SectionPreview {
  readonly id: RowSectionId;
  readonly title: string;
  readonly tables: readonly TableRead[];
  readonly rows: readonly PreviewRow[];
  readonly unplaced: readonly Unplaced[];
}

/** A detail of the plan itself (council, people, signatures) that the document gives. */
export interface DetailChange {
  readonly field: string;
  readonly label: string;
  readonly value: FieldValue;
  /** The plan has this field empty: importing fills it. */
  readonly apply: boolean;
  /** Why the document's value is not used. */
  readonly kept?: ImportMessage;
}

export interface ImportPreview {
  readonly planId: string;
  readonly fileName: string;
  readonly format: SourceFormat;
  /** The year given to dates written without one, and why; null when the document names none. */
  readonly assumedYear: { readonly year: number; readonly reason: ImportMessage } | null;
  /** Sections with something to say, in template order. */
  readonly sections: readonly SectionPreview[];
  /** Table lines that belong to no recognised table. */
  readonly unplaced: readonly Unplaced[];
  /** The plan's own details the document gives (council, census, people, signatures, QA date). */
  readonly details: readonly DetailChange[];
  /** The council and census the document names, for a plan created from it. */
  readonly names: { readonly council: string | null; readonly census: string | null };
  /** The lines the plan's details were read from. */
  readonly detailLines: readonly number[];
  /** Details the document gives that could not be read. */
  readonly detailNotes: readonly ImportMessage[];
  readonly counts: {
    readonly rows: number;
    /** Rows to create or fill in. */
    readonly newRows: number;
    /** The plan's own details to fill in. */
    readonly details: number;
    readonly problems: number;
  };
}

/** A row read from a table, before keys and order are given. */
export interface DraftRow {
  readonly values: ValidatedValues;
  readonly lines: readonly number[];
  readonly where: Where;
  readonly notes: readonly ImportMessage[];
  /** The values that say which row this is; normally all of them (the grid: all but the priority). */
  readonly identity: Readonly<Record<string, FieldValue>>;
}
