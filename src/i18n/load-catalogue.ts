import type { CoreCatalogue } from './catalogue';
import { enGBCore } from './en-GB-core';
import type { Language } from './language-choice';

/**
 * A language's messages and its words for the schema (none for English, the schema's own). English
 * holds only the first view's messages here; Welsh, loaded whole, holds every one.
 */
export interface LanguagePack {
  readonly messages: CoreCatalogue;
  readonly schemaText: Readonly<Record<string, string>>;
}

const ENGLISH: LanguagePack = { messages: enGBCore, schemaText: {} };

/**
 * The browser's way to a language: the first view's English is in the first download, the rest of
 * English comes with the views that show it (`useFullMessages`), and Welsh loads on demand so that
 * English readers never pay for it (Node code uses the synchronous map in catalogues.ts).
 */
export function loadLanguage(language: Language): LanguagePack | Promise<LanguagePack> {
  if (language === 'en-GB') return ENGLISH;
  return import(/* webpackChunkName: "i18n-cy" */ './welsh').then((m) => m.WELSH);
}
