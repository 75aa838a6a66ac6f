import type { enGB } from './en-GB';
import type { PlaceholdersOf } from './format';

/** Every message the UI shows, by key. The en-GB file is the reference; others must match its keys. */
export type MessageKey = keyof typeof enGB;

/** The plural categories of CLDR, which `Intl.PluralRules` picks from (Welsh uses all six). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Keys that come as plural forms "<base>.one" / "<base>.other" in the reference catalogue. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** The forms English does not need but other languages do ("<base>.two" for Welsh's dual…). */
export type ExtraPluralKey = `${PluralBase}.${Exclude<PluralCategory, 'one' | 'other'>}`;

/**
 * A translation: one string per key, plus a form for each plural category the language has
 * beyond "one" and "other" (the catalogue test checks every category of the locale is there).
 */
export type Catalogue = { readonly [K in MessageKey]: string } & { readonly [K in ExtraPluralKey]?: string };

/** The parameters a key's en-GB template asks for (none → no argument). */
export type ArgsFor<K extends MessageKey> = [PlaceholdersOf<(typeof enGB)[K]>] extends [never]
  ? []
  : [params: { readonly [P in PlaceholdersOf<(typeof enGB)[K]>]: string | number }];

export interface Translate {
  <K extends MessageKey>(key: K, ...args: ArgsFor<K>): string;
  /** The form of "<base>" for the count's plural category in this language; fills "{count}" and any other params. */
  plural(base: PluralBase, count: number, params?: Readonly<Record<string, string | number>>): string;
  /**
   * The plan's own words (a section title, a field label or help, a choice) in this language:
   * the schema holds them in English, which is also what is stored.
   */
  schema(text: string): string;
  /** The language of the catalogue, a BCP 47 tag such as "cy-GB", for `lang` and `Intl`. */
  readonly locale: string;
}
