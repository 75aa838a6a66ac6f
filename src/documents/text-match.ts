/**
 * Loose comparison of template text: headings in exported documents pick up case, punctuation,
 * underline markup and the census year, none of which changes which column they name.
 */

/** Lower case, "&" as "and", punctuation as spaces, whitespace collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/** As `normalise`, and without census years: the template names its year ("Census 2021"), the schema does not. */
export function normaliseHeading(text: string): string {
  return normalise(text)
    .replace(/\b(?:19|20)\d\d\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `phrase` occurs in `text` as whole words (both already normalised). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  return ` ${text} `.includes(` ${phrase} `);
}

/** Dice similarity of the two texts' word sets, 0 to 1 (both already normalised). */
export function wordSimilarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return (2 * shared) / (wa.size + wb.size);
}
