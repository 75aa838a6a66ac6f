import { enGB } from '../../i18n/en-GB';
import { formatMessage, type MessageParams } from '../../i18n/format';

export type DocumentsMessageKey = Extract<keyof typeof enGB, `documents.${string}`>;
export type DocumentsText = (key: DocumentsMessageKey, params?: MessageParams) => string;

/** `t()` for the documents tab, over the app catalogue (usable outside React, e.g. in import progress). */
export const documentsText: DocumentsText = (key, params) => formatMessage(enGB[key], params);

type CountBase = 'documents.count.rows' | 'documents.count.sections' | 'documents.count.lines';
const PLURALS = new Intl.PluralRules('en-GB');

/** "1 row", "3 rows". */
export function countText(base: CountBase, count: number): string {
  return documentsText(`${base}.${PLURALS.select(count) === 'one' ? 'one' : 'other'}`, { count: count.toLocaleString('en-GB') });
}
