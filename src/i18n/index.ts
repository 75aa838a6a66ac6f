/** Browser-safe: the Welsh catalogue loads on demand. Node code that needs every language at once imports './catalogues'. */
export type { Catalogue, MessageKey, PluralCategory, Translate } from './catalogue';
export { chooseLanguage, LANGUAGE_ENDONYMS, languageFor, LANGUAGES, type Language } from './language-choice';
export { MessagesProvider, useLanguage, useMessages, type LanguageControl } from './MessagesProvider';
export { createTranslate } from './translate';
export { agendaText } from './agenda-text';
export { formatDay } from './locale-format';
export { importedValueText, importText, importWords, whereText } from './import-text';
export { useAgendaText } from './use-agenda-text';
export { fieldErrorText, fieldErrorTexts } from './validation-text';
export { changeFailureText, problemText, type ProblemText } from './problem-text';
export { signInErrorText } from './sign-in-text';
