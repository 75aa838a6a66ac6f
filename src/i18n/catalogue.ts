import type { enGB } from './en-GB';
import type { enGBCore } from './en-GB-core';
import type { PlaceholdersOf } from './format';

/** Every message the UI shows, by key. The en-GB file is the reference; others must match its keys. */
export type MessageKey = keyof typeof enGB;

/** The messages of the first view (en-GB-core.ts): the only ones the first download carries in English. */
export type CoreKey = keyof typeof enGBCore;

/** The plural categories of CLDR, which `Intl.PluralRules` picks from (Welsh uses all six). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Keys among `Keys` that come as plural forms "<base>.one" / "<base>.other". */
export type PluralBaseOf<Keys extends MessageKey> = {
  [K in Keys]: K extends `${infer Base}.one` ? (`${Base}.other` extends Keys ? Base : never) : never;
}[Keys];

/** Keys that come as plural forms "<base>.one" / "<base>.other" in the reference catalogue. */
export type PluralBase = PluralBaseOf<MessageKey>;

/** The forms English does not need but other languages do ("<base>.two" for Welsh's dual…). */
export type ExtraPluralKey = `${PluralBase}.${Exclude<PluralCategory, 'one' | 'other'>}`;

/**
 * A translation: one string per key, plus a form for each plural category the language has
 * beyond "one" and "other" (the catalogue test checks every category of the locale is there).
 */
export type Catalogue = { readonly [K in MessageKey]: string } & { readonly [K in ExtraPluralKey]?: string };

/** The part of a translation the first view reads: what English carries in the first download. */
export type CoreCatalogue = { readonly [K in CoreKey]: string } & { readonly [K in ExtraPluralKey]?: string };

/** The parameters a key's en-GB template asks for (none → no argument). */
export type ArgsFor<K extends MessageKey> = [PlaceholdersOf<(typeof enGB)[K]>] extends [never]
  ? []
  : [params: { readonly [P in PlaceholdersOf<(typeof enGB)[K]>]: string | number }];

/**
 * `t()`: the messages `Keys` (and the plurals `Plurals` among them) in one language. Code in the
 * first download gets `CoreTranslate` from `useMessages()`, so it cannot ask for a message whose
 * English is not loaded yet; a `t()` that knows more keys stands in for one that knows fewer.
 */
export interface Translate<in Keys extends MessageKey = MessageKey, in Plurals extends PluralBase = PluralBaseOf<Keys>> {
  <K extends Keys>(key: K, ...args: ArgsFor<K>): string;
  /** The form of "<base>" for the count's plural category in this language; fills "{count}" and any other params. */
  plural(base: Plurals, count: number, params?: Readonly<Record<string, string | number>>): string;
  /**
   * The plan's own words (a section title, a field label or help, a choice) in this language:
   * the schema holds them in English, which is also what is stored.
   */
  schema(text: string): string;
  /** The language of the catalogue, a BCP 47 tag such as "cy-GB", for `lang` and `Intl`. */
  readonly locale: string;
  /** Which keys this `t()` knows, for the compiler only: one that knows fewer cannot stand in for one that knows more. */
  readonly knows?: (key: Keys) => void;
}

/** The `t()` of the first view: only the keys of en-GB-core.ts. */
export type CoreTranslate = Translate<CoreKey>;
