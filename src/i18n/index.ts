export type { Catalogue, MessageKey, PluralCategory, Translate } from './catalogue';
export { CATALOGUES, catalogueFor, DEFAULT_LOCALE } from './catalogues';
export { chooseLanguage, LANGUAGE_ENDONYMS, languageFor, LANGUAGES, type Language } from './language-choice';
export { MessagesProvider, useLanguage, useMessages, type LanguageControl } from './MessagesProvider';
export { createTranslate } from './translate';
