/** The languages the app speaks, in the order the language switch lists them. */
export const LANGUAGES = ['en-GB', 'cy-GB'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en-GB';

/**
 * Each language's name in itself, the same whatever language the page is in (so not in a
 * catalogue): a switch offers "Cymraeg" to an English reader and "English" to a Welsh one.
 */
export const LANGUAGE_ENDONYMS: Readonly<Record<Language, string>> = {
  'en-GB': 'English',
  'cy-GB': 'Cymraeg',
};

/** The shipped language for a BCP 47 tag ("cy" → cy-GB, "en-US" → en-GB), or undefined for none. */
export function languageFor(tag: string | null | undefined): Language | undefined {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = LANGUAGES.find((l) => l.toLowerCase() === wanted);
  return exact ?? LANGUAGES.find((l) => l.split('-')[0]!.toLowerCase() === wanted.split(/[-_]/)[0]);
}

/**
 * Which language to show: the person's own choice from the switch, else the host's locale (Teams'
 * `app.locale`, which follows the person's Teams language), else the browser's languages in order.
 */
export function chooseLanguage(input: {
  readonly chosen?: string | null;
  readonly hostLocale?: string | null;
  readonly browserLocales?: readonly string[];
}): Language {
  const candidates = [input.chosen, input.hostLocale, ...(input.browserLocales ?? [])];
  for (const candidate of candidates) {
    const language = languageFor(candidate);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
