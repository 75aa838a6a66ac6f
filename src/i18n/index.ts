/**
 * Browser-safe: the Welsh catalogue loads on demand. Node code that needs every language at once imports './catalogues'.
 * What only views loaded on demand need is imported from its own file, not re-exported here, so that it stays out of
 * the first download: `useFullMessages` (all of English), `useAgendaText`, `agendaText`, `importText`.
 */
export type { Catalogue, CoreTranslate, MessageKey, PluralCategory, Translate } from './catalogue';
export { chooseLanguage, LANGUAGE_ENDONYMS, languageFor, LANGUAGES, type Language } from './language-choice';
export { MessagesProvider, useLanguage, useMessages, type LanguageControl } from './MessagesProvider';
export { createTranslate } from './translate';
export { dayText, formatDay } from './locale-format';
export { fieldErrorText, fieldErrorTexts } from './validation-text';
export { changeFailureText, problemText, type ProblemText } from './problem-text';
export { signInErrorText } from './sign-in-text';
