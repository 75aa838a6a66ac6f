import { createContext, useContext } from 'react';
import type { CoreTranslate } from './catalogue';
import type { Language } from './language-choice';
import type { LanguagePack } from './load-catalogue';

/** What a MessagesProvider hands down: the language, its pack, and the first view's `t()` over it. */
export interface MessagesSource {
  readonly language: Language;
  readonly pack: LanguagePack;
  readonly t: CoreTranslate;
}

export const MessagesContext = createContext<MessagesSource | undefined>(undefined);

/** The nearest MessagesProvider's language and pack, or undefined outside one (e.g. in a test). */
export function useMessagesSource(): MessagesSource | undefined {
  return useContext(MessagesContext);
}
