import type { Catalogue } from './catalogue';
import { enGB } from './en-GB';
import type { Language } from './language-choice';

/**
 * The browser's way to a catalogue: English is in the first download, Welsh loads on demand so
 * that English readers never pay for it (Node code uses the synchronous map in catalogues.ts).
 */
export function loadCatalogue(language: Language): Catalogue | Promise<Catalogue> {
  if (language === 'en-GB') return enGB;
  return import(/* webpackChunkName: "i18n-cy" */ './cy-GB').then((m) => m.cyGB);
}
