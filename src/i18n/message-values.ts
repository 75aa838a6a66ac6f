import type { IsoDate } from '../plan';
import type { CoreTranslate } from './catalogue';
import type { MessageParams } from './format';
import { formatDay } from './locale-format';

/**
 * The values the pure engines (the agenda, the importer) put into their messages, as every
 * reader sees them: a plain string is someone's own words, shown as written; numbers and days in
 * the reader's locale; a schema word in the reader's language.
 */
export type PlainValue = string | number | { readonly date: IsoDate } | { readonly schema: string };

export function plainValueText(t: CoreTranslate, value: PlainValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(t.locale);
  if ('date' in value) return formatDay(value.date, t.locale);
  return t.schema(value.schema);
}

/** A message's values as the parameters its template fills. */
export function paramsOf<V>(values: Readonly<Record<string, V>> | undefined, text: (value: V) => string): MessageParams {
  return values ? Object.fromEntries(Object.entries(values).map(([name, value]) => [name, text(value)])) : {};
}
