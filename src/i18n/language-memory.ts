import { languageFor, type Language } from './language-choice';

/** Where a person's choice from the language switch is kept on this device, per person. */
function storageKey(person: string): string {
  return `lapp-language:${person.toLowerCase()}`;
}

/** The language this person chose on this device before, if any (storage may be off: then none). */
export function rememberedLanguage(person: string): Language | undefined {
  try {
    return languageFor(globalThis.localStorage?.getItem(storageKey(person)));
  } catch {
    return undefined;
  }
}

export function rememberLanguage(person: string, language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey(person), language);
  } catch {
    // Private browsing or a full quota: the choice still holds for this visit.
  }
}
