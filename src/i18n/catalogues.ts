import type { Catalogue, Translate } from './catalogue';
import { cyGB } from './cy-GB';
import { enGB } from './en-GB';
import { DEFAULT_LANGUAGE, languageFor, type Language } from './language-choice';
import { schemaCy } from './schema-cy';
import { createTranslate } from './translate';

/** The catalogue of each language the app ships. A new language is a new file and one line here. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  'en-GB': enGB,
  'cy-GB': cyGB,
};

export const DEFAULT_LOCALE = DEFAULT_LANGUAGE;

/** Each language's words for the schema (English is the schema's own). */
export const SCHEMA_TEXT: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'en-GB': {},
  'cy-GB': schemaCy,
};

/** A `t()` for a language, for Node code (the CLI, exports, tests). */
export function translateFor(locale: string | undefined): Translate {
  const { locale: language, catalogue } = catalogueFor(locale);
  return createTranslate(catalogue, language, SCHEMA_TEXT[language]);
}

/** The best catalogue for a locale ("en-us" → en-GB, "cy" → cy-GB). */
export function catalogueFor(locale: string | undefined): { locale: Language; catalogue: Catalogue } {
  const chosen = languageFor(locale) ?? DEFAULT_LANGUAGE;
  return { locale: chosen, catalogue: CATALOGUES[chosen] };
}
