import type { Catalogue } from './catalogue';
import { enGB } from './en-GB';

/** The languages the app ships. A new language is a new file and one line here. */
const CATALOGUES: Readonly<Record<string, Catalogue>> = {
  'en-GB': enGB,
};

export const DEFAULT_LOCALE = 'en-GB';

/** The best catalogue for a host locale ("en-us" → en-GB, "cy-GB" → cy-GB when shipped). */
export function catalogueFor(locale: string | undefined): { locale: string; catalogue: Catalogue } {
  const wanted = (locale ?? '').toLowerCase();
  const exact = Object.keys(CATALOGUES).find((l) => l.toLowerCase() === wanted);
  const sameLanguage = Object.keys(CATALOGUES).find((l) => l.split('-')[0]?.toLowerCase() === wanted.split('-')[0]);
  const chosen = exact ?? sameLanguage ?? DEFAULT_LOCALE;
  return { locale: chosen, catalogue: CATALOGUES[chosen] ?? enGB };
}
