import type { FieldError, IsoDate } from '../../plan';
import type { Problem } from '../../storage/errors';
import type { Where } from '../read/source';

/**
 * What the importer says (why a line was not placed, what it decided about a row, where) as
 * message ids with values rather than sentences: the importer is pure and knows no language, so
 * the reader's catalogue words it (i18n/import-text.ts), in the preview and in `lapp import`.
 * The document's own words are values, shown as written.
 */
export const IMPORT_MESSAGES = [
  'import.reason.planDetails',
  'import.reason.homeLinks',
  'import.reason.noTableHeading',
  'import.reason.gridBand',
  'import.reason.gridNoHeader',
  'import.reason.strandRanked',
  'import.reason.addRowHint',
  'import.reason.emptyRow',
  'import.reason.checklistLead',
  'import.reason.tooManyCells',
  'import.reason.unknownColumn',
  'import.reason.splitFailed',
  'import.reason.notImported',
  'import.reason.gridNoChannel',
  'import.reason.gridEmptyLine',
  'import.reason.gridBlankOther',
  'import.reason.noCommunity',
  'import.reason.gridCell',
  'import.reason.rowRefused',
  'import.split.disagree',
  'import.split.uneven',
  'import.split.count',
  'import.note.part',
  'import.note.readAsOne',
  'import.note.groupInferred',
  'import.note.channelRepeated',
  'import.note.url',
  'import.note.noSuchMeeting',
  'import.note.tbc',
  'import.note.unreadDate',
  'import.note.spanEnd',
  'import.note.spanStart',
  'import.note.confirmation',
  'import.note.yearAssumed',
  'import.note.monthOnly',
  'import.cell.notChoice',
  'import.cell.notYesNo',
  'import.cell.notNumber',
  'import.cell.badDate',
  'import.date.notDate',
  'import.date.noYear',
  'import.date.notReal',
  'import.date.endsBefore',
  'import.date.unreadable',
  'import.year.census',
  'import.year.latest',
  'import.year.planCensus',
  'import.detail.unreadable',
  'import.detail.refused',
  'import.detail.kept',
  'import.refused.signatures',
  'import.failure.invalid',
  'import.failure.conflict',
  'import.failure.forbidden',
  'import.failure.busy',
  'import.failure.offline',
  'import.failure.store',
  'import.error.empty',
  'import.error.noText',
  'documents.import.tooLarge',
  'import.error.oldWord',
  'import.error.pdf',
  'import.error.binary',
  'import.error.noBody',
  'import.error.notWord',
  'import.error.tooBigUnpacked',
  'import.error.brokenCharacter',
  'import.error.cellPerLine',
  'import.error.notLapp',
  'import.error.noCouncil',
  'import.error.noCensus',
  'import.error.planExists',
] as const;

/** Messages with a form per plural category, chosen by `count`. */
export const IMPORT_PLURALS = ['import.note.merged'] as const;

export type ImportMessageId = (typeof IMPORT_MESSAGES)[number];
export type ImportPluralId = (typeof IMPORT_PLURALS)[number];

/** A value put into a message. A plain string is the document's (or a person's) own words, shown as written. */
export type ImportValue =
  | string
  | number
  | { readonly date: IsoDate }
  /** A word of the plan's schema (a field's label, a choice, a section title), in the reader's language. */
  | { readonly schema: string }
  | { readonly where: Where }
  | { readonly message: ImportMessage }
  /** Why the store did not take something: the catalogue's words, and the store's own English apart, after them. */
  | { readonly problem: Problem }
  /** Sentences, one after another. */
  | { readonly sentences: readonly ImportSentence[] }
  /** Joined as "a, b and c" in the reader's language. */
  | { readonly list: readonly ImportValue[] };

export type ImportValues = Readonly<Record<string, ImportValue>>;

export type ImportMessage =
  | { readonly id: ImportMessageId; readonly values?: ImportValues }
  | { readonly id: ImportPluralId; readonly count: number; readonly values?: ImportValues };

/** A sentence: one of the importer's messages, or why the plan's rules refused a value (plan/validation.ts). */
export type ImportSentence = ImportMessage | { readonly fieldError: FieldError };

export function say(id: ImportMessageId, values?: ImportValues): ImportMessage {
  return values ? { id, values } : { id };
}

/** A message whose form depends on `count` (its "{count}" is filled with it too). */
export function counted(id: ImportPluralId, count: number, values?: ImportValues): ImportMessage {
  return values ? { id, count, values } : { id, count };
}

/** A field's label or a choice, to be said in the reader's language. */
export function schema(word: string): ImportValue {
  return { schema: word };
}

/** Each message once, however often it was said (both ends of a span, every part of a split row). */
export function distinct<T extends ImportSentence>(sentences: readonly T[]): T[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    const key = JSON.stringify(sentence);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
