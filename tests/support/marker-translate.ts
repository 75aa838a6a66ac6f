import { CATALOGUES } from '../../src/i18n/catalogues';
import { schemaCy } from '../../src/i18n/schema-cy';
import { createTranslate } from '../../src/i18n/translate';

/**
 * A Welsh `t()` whose every message is a marker that keeps its placeholders, and whose every
 * schema word is a marker: text rendered with it that is neither a marker, a date, a number nor
 * the data shown was written in code, not taken from the catalogues.
 */
export function markerTranslate() {
  const markers = Object.fromEntries(
    // The values go between the markers, so a value written in code shows up as well.
    Object.entries(CATALOGUES['cy-GB']).map(([key, text]) => [key, `⟪⟫${[...(text ?? '').matchAll(/\{[A-Za-z0-9]+\}/g)].map((m) => m[0]).join('⟪⟫')}⟪⟫`]),
  );
  const schema = Object.fromEntries(Object.keys(schemaCy).map((word) => [word, '⟪⟫']));
  return createTranslate(markers as never, 'cy-GB', schema);
}

const DATE = /^\d{1,2} \p{L}{3,6}\.? \d{4}$/u;

/** The pieces of a text between markers and punctuation that are not dates, numbers or ticks. */
export function wordsOutsideMarkers(text: string): string[] {
  return text
    .split('⟪⟫')
    .flatMap((piece) => piece.split(/[,;:()“”"—–]|\s-\s|\.(?=\s|$)/))
    .map((piece) => piece.trim())
    .filter((piece) => /\p{L}/u.test(piece) && !DATE.test(piece));
}
