import type { ImportMessage, ImportMessageId, ImportPluralId, ImportSentence, ImportValue } from '../documents/import/import-messages';
import type { Where } from '../documents/read/source';
import { isIsoDate, type FieldDef, type FieldValue } from '../plan';
import type { MessageKey, PluralBase, Translate } from './catalogue';
import type { MessageParams } from './format';
import { formatDay, joinList } from './locale-format';
import { paramsOf, plainValueText } from './message-values';
import { problemText, type ProblemText } from './problem-text';
import { fieldErrorText } from './validation-text';

// Every message the importer uses is in the catalogues: a new id without its text fails to compile.
type Missing<T, Known> = T extends Known ? never : T;
const everyIdIsAKey: [Missing<ImportMessageId, MessageKey>, Missing<ImportPluralId, PluralBase>] extends [never, never] ? true : never = true;
void everyIdIsAKey;

/** What the importer says (a reason, a note), in the reader's language, with any of the store's own words after it (for text, such as `lapp import`). */
export function importText(t: Translate, message: ImportMessage): string {
  const { sentence, english } = importWords(t, message);
  return english === undefined ? sentence : `${sentence} ${english}`;
}

/**
 * What the importer says, in the reader's language, with the store's own (English) words kept
 * apart, to be shown after it marked as English (ProblemWords).
 */
export function importWords(t: Translate, message: ImportMessage): ProblemText {
  const english: string[] = [];
  const sentence = messageText(t, message, english);
  return { sentence, details: [], ...(english.length > 0 && { english: english.join(' ') }) };
}

/** A message in the reader's words; the store's own words found in it go to `english`. */
function messageText(t: Translate, message: ImportMessage, english: string[]): string {
  const params = paramsOf(message.values, (value) => valueText(t, value, english));
  return 'count' in message ? t.plural(message.id, message.count, params) : (t as (key: MessageKey, params: MessageParams) => string)(message.id, params);
}

/** A place in the document ("line 57", "tabl 3, rhes 2"), in the reader's language. */
export function whereText(t: Translate, where: Where): string {
  const n = (value: number) => value.toLocaleString(t.locale);
  const place =
    where.kind === 'paragraph'
      ? t('import.where.paragraph', { paragraph: n(where.paragraph) })
      : where.kind === 'table'
        ? t('import.where.tableRow', { table: n(where.table), row: n(where.row) })
        : where.toLine !== undefined && where.toLine !== where.line
          ? t('import.where.lines', { from: n(where.line), to: n(where.toLine) })
          : t('import.where.line', { line: n(where.line) });
  return where.column === undefined ? place : t('import.where.column', { where: place, column: n(where.column) });
}

function sentenceText(t: Translate, sentence: ImportSentence, english: string[]): string {
  return 'fieldError' in sentence ? fieldErrorText(t, sentence.fieldError) : messageText(t, sentence, english);
}

function valueText(t: Translate, value: ImportValue, english: string[]): string {
  if (typeof value !== 'object' || 'date' in value || 'schema' in value) return plainValueText(t, value);
  if ('where' in value) return whereText(t, value.where);
  if ('message' in value) return messageText(t, value.message, english);
  if ('problem' in value) {
    const problem = problemText(t, value.problem);
    if (problem.english !== undefined) english.push(problem.english);
    return [problem.sentence, ...problem.details].join(' ');
  }
  if ('sentences' in value) return value.sentences.map((s) => sentenceText(t, s, english)).join(' ');
  return joinList(t, value.list.map((item) => valueText(t, item, english)));
}

/** A value the import read, as the reader's language shows it: yes or no, a day, a choice in its words; people's words as written. */
export function importedValueText(t: Translate, field: FieldDef | undefined, value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return t(value ? 'field.yes' : 'field.no');
  if (typeof value === 'number') return value.toLocaleString(t.locale);
  if (field?.kind === 'date' && isIsoDate(value)) return formatDay(value, t.locale);
  if (field?.kind === 'choice') return t.schema(value);
  return value;
}
