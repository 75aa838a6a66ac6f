import type { Catalogue } from './catalogue';
import { enGB } from './en-GB';
import type { Language } from './language-choice';

/** A language's messages and its words for the schema (none for English, the schema's own). */
export interface LanguagePack {
  readonly messages: Catalogue;
  readonly schemaText: Readonly<Record<string, string>>;
}

const ENGLISH: LanguagePack = { messages: enGB, schemaText: {} };

/**
 * The browser's way to a language: English is in the first download, Welsh loads on demand so
 * that English readers never pay for it (Node code uses the synchronous map in catalogues.ts).
 */
export function loadLanguage(language: Language): LanguagePack | Promise<LanguagePack> {
  if (language === 'en-GB') return ENGLISH;
  return import(/* webpackChunkName: "i18n-cy" */ './welsh').then((m) => m.WELSH);
}
