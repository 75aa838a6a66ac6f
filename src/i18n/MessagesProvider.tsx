import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Translate } from './catalogue';
import { catalogueFor } from './catalogues';
import { createTranslate } from './translate';

const MessagesContext = createContext<Translate | undefined>(undefined);

/** Provides `t()` for the host's locale to everything below. */
export function MessagesProvider({ locale, children }: { locale?: string; children: ReactNode }) {
  const t = useMemo(() => {
    const chosen = catalogueFor(locale);
    return createTranslate(chosen.catalogue, chosen.locale);
  }, [locale]);
  return <MessagesContext.Provider value={t}>{children}</MessagesContext.Provider>;
}

/** The `t()` of the nearest MessagesProvider (en-GB when there is none, e.g. in a test). */
export function useMessages(): Translate {
  return useContext(MessagesContext) ?? fallback();
}

let defaultTranslate: Translate | undefined;
function fallback(): Translate {
  defaultTranslate ??= createTranslate(catalogueFor(undefined).catalogue, catalogueFor(undefined).locale);
  return defaultTranslate;
}
