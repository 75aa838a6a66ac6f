export type { Catalogue, MessageKey, Translate } from './catalogue';
export { catalogueFor, DEFAULT_LOCALE } from './catalogues';
export { MessagesProvider, useMessages } from './MessagesProvider';
export { createTranslate } from './translate';
