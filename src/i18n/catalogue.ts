import type { enGB } from './en-GB';
import type { PlaceholdersOf } from './format';

/** Every message the UI shows, by key. The en-GB file is the reference; others must match its keys. */
export type MessageKey = keyof typeof enGB;

/** A translation: one string per key. A second language is one more file of this type. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The parameters a key's en-GB template asks for (none → no argument). */
export type ArgsFor<K extends MessageKey> = [PlaceholdersOf<(typeof enGB)[K]>] extends [never]
  ? []
  : [params: { readonly [P in PlaceholdersOf<(typeof enGB)[K]>]: string | number }];

/** Keys that come as a plural pair "<base>.one" / "<base>.other". */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

export interface Translate {
  <K extends MessageKey>(key: K, ...args: ArgsFor<K>): string;
  /** Picks "<base>.one" or "<base>.other" for the count and fills "{count}" and any other params. */
  plural(base: PluralBase, count: number, params?: Readonly<Record<string, string | number>>): string;
  readonly locale: string;
}
