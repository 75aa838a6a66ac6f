import type { PluralBase, Translate } from '../../i18n/catalogue';

/** The count messages of the documents tab ("1 row", "3 rhes"). */
type CountBase = Extract<PluralBase, `documents.count.${string}`>;

/** "1 row", "3 rows" (in Welsh, every plural form): for the import's summaries. */
export function countText(t: Translate, base: CountBase, count: number): string {
  return t.plural(base, count);
}
