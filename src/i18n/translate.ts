import type { Catalogue, CoreCatalogue, CoreTranslate, MessageKey, PluralBase, Translate } from './catalogue';
import { formatMessage, type MessageParams } from './format';

/**
 * A `t()` bound to one catalogue and locale; `schemaText` maps the schema's English words to this
 * language (none for English). A catalogue of the first view's keys only gives a `CoreTranslate`.
 */
export function createTranslate(catalogue: Catalogue, locale: string, schemaText?: Readonly<Record<string, string>>): Translate;
export function createTranslate(catalogue: CoreCatalogue, locale: string, schemaText?: Readonly<Record<string, string>>): CoreTranslate;
export function createTranslate(catalogue: CoreCatalogue, locale: string, schemaText: Readonly<Record<string, string>> = {}): Translate {
  const rules = new Intl.PluralRules(locale);
  const forms = catalogue as Readonly<Record<string, string | undefined>>;
  const t = ((key: MessageKey, params?: MessageParams) => formatMessage(forms[key]!, params)) as Translate;
  t.plural = (base: PluralBase, count: number, params: MessageParams = {}) => {
    // "other" is every language's fallback category, so a form the catalogue lacks never shows a key.
    const template = forms[`${base}.${rules.select(count)}`] ?? forms[`${base}.other`]!;
    return formatMessage(template, { ...params, count: count.toLocaleString(locale) });
  };
  t.schema = (text: string) => (Object.hasOwn(schemaText, text) ? schemaText[text]! : text);
  Object.defineProperty(t, 'locale', { value: locale });
  return t;
}
