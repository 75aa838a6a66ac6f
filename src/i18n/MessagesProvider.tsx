import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CoreTranslate } from './catalogue';
import { enGBCore } from './en-GB-core';
import { chooseLanguage, DEFAULT_LANGUAGE, LANGUAGES, type Language } from './language-choice';
import { rememberedLanguage, rememberLanguage } from './language-memory';
import { loadLanguage, type LanguagePack } from './load-catalogue';
import { MessagesContext, useMessagesSource, type MessagesSource } from './messages-context';
import { createTranslate } from './translate';

export interface LanguageControl {
  readonly language: Language;
  readonly languages: readonly Language[];
  /** Switches the whole app and remembers the choice for this person on this device. */
  choose(language: Language): void;
}

const LanguageContext = createContext<LanguageControl | undefined>(undefined);

/**
 * Provides `t()` in the person's language to everything below: their own choice from the switch,
 * else the host's locale, else the browser's. Sets `<html lang>` so screen readers speak it.
 */
export function MessagesProvider({ locale, person = 'this-device', children }: { locale?: string; person?: string; children: ReactNode }) {
  const [chosen, setChosen] = useState<Language | undefined>(() => rememberedLanguage(person));
  useEffect(() => setChosen(rememberedLanguage(person)), [person]);
  const language = chooseLanguage({
    chosen,
    hostLocale: locale,
    browserLocales: typeof navigator === 'undefined' ? [] : navigator.languages,
  });
  const pack = useLanguagePack(language);
  const source = useMemo<MessagesSource | undefined>(
    () => (pack ? { language, pack, t: createTranslate(pack.messages, language, pack.schemaText) } : undefined),
    [pack, language],
  );
  useEffect(() => {
    if (source && typeof document !== 'undefined') document.documentElement.lang = language.split('-')[0]!;
  }, [source, language]);
  const choose = useCallback(
    (next: Language) => {
      rememberLanguage(person, next);
      setChosen(next);
    },
    [person],
  );
  const control = useMemo(() => ({ language, languages: LANGUAGES, choose }), [language, choose]);
  // A language still loading shows nothing rather than a flash of the other language.
  if (!source) return null;
  return (
    <LanguageContext.Provider value={control}>
      <MessagesContext.Provider value={source}>{children}</MessagesContext.Provider>
    </LanguageContext.Provider>
  );
}

/**
 * The `t()` of the nearest MessagesProvider (en-GB when there is none, e.g. in a test), for the
 * first view's messages; a view loaded on demand that needs more uses `useFullMessages()`.
 */
export function useMessages(): CoreTranslate {
  return useMessagesSource()?.t ?? fallback();
}

/** The language switch's state, or undefined outside a MessagesProvider (then there is no switch). */
export function useLanguage(): LanguageControl | undefined {
  return useContext(LanguageContext);
}

/** A language's pack: at once when it is in the bundle, after its chunk loads otherwise. */
function useLanguagePack(language: Language): LanguagePack | undefined {
  const [loaded, setLoaded] = useState<{ language: Language; pack: LanguagePack }>();
  const found = loadLanguage(language);
  const ready = found instanceof Promise ? undefined : found;
  useEffect(() => {
    if (ready) return;
    let current = true;
    void Promise.resolve(loadLanguage(language))
      // A chunk that cannot load (offline, a new deployment) leaves the app in English, not blank.
      .catch(() => loadLanguage(DEFAULT_LANGUAGE) as LanguagePack)
      .then((pack) => current && setLoaded({ language, pack }));
    return () => {
      current = false;
    };
  }, [language, ready]);
  return ready ?? (loaded?.language === language ? loaded.pack : undefined);
}

let defaultTranslate: CoreTranslate | undefined;
function fallback(): CoreTranslate {
  defaultTranslate ??= createTranslate(enGBCore, DEFAULT_LANGUAGE);
  return defaultTranslate;
}
