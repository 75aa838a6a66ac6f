import type { Catalogue, MessageKey, PluralBase, Translate } from './catalogue';
import { formatMessage, type MessageParams } from './format';

/** A `t()` bound to one catalogue and locale. */
export function createTranslate(catalogue: Catalogue, locale: string): Translate {
  const rules = new Intl.PluralRules(locale);
  const t = ((key: MessageKey, params?: MessageParams) => formatMessage(catalogue[key], params)) as Translate;
  t.plural = (base: PluralBase, count: number, params: MessageParams = {}) => {
    const key = (rules.select(count) === 'one' ? `${base}.one` : `${base}.other`) as MessageKey;
    return formatMessage(catalogue[key], { ...params, count: count.toLocaleString(locale) });
  };
  Object.defineProperty(t, 'locale', { value: locale });
  return t;
}
