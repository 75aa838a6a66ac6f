import type { Catalogue } from './catalogue';
import { cyGB } from './cy-GB';
import { enGB } from './en-GB';
import { DEFAULT_LANGUAGE, languageFor, type Language } from './language-choice';

/** The catalogue of each language the app ships. A new language is a new file and one line here. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  'en-GB': enGB,
  'cy-GB': cyGB,
};

export const DEFAULT_LOCALE = DEFAULT_LANGUAGE;

/** The best catalogue for a locale ("en-us" → en-GB, "cy" → cy-GB). */
export function catalogueFor(locale: string | undefined): { locale: Language; catalogue: Catalogue } {
  const chosen = languageFor(locale) ?? DEFAULT_LANGUAGE;
  return { locale: chosen, catalogue: CATALOGUES[chosen] };
}
