import type { Outline } from './outline';

/** The languages a document is exported in: one of the catalogues', or both. */
export const DOCUMENT_LANGUAGES = {
  'en-GB': { fileSuffix: '' },
  'cy-GB': { fileSuffix: '-cy' },
  bilingual: { fileSuffix: '-cy-en' },
} as const;

export type DocumentLanguage = keyof typeof DOCUMENT_LANGUAGES;

export function isDocumentLanguage(value: string): value is DocumentLanguage {
  return Object.hasOwn(DOCUMENT_LANGUAGES, value);
}

/**
 * One document in both languages, the Welsh first and whole, then the English from a new page:
 * the way Welsh councils publish under the Welsh Language Standards when the two do not sit side
 * by side. Each part says its language, so Word and screen readers speak each in its own.
 */
export function bilingual(welsh: Outline, english: Outline): Outline {
  return {
    title: `${welsh.title} / ${english.title}`,
    lang: welsh.lang,
    blocks: [...welsh.blocks, { kind: 'pageBreak' }, { kind: 'language', lang: english.lang ?? 'en-GB' }, ...english.blocks],
  };
}
