import { cyGB } from '../../i18n/cy-GB';
import { enGB } from '../../i18n/en-GB';
import { schemaCy } from '../../i18n/schema-cy';
import type { SourceDocument, SourceLine } from '../read/source';
import { normaliseHeading } from '../text-match';

/**
 * A LAPP written in Welsh is read as its English twin: every cell or paragraph that is wholly a
 * Welsh word of the template (a heading, a column, a choice such as Uchel or Ie, a label of the
 * front page) is taken back to the English word the schema stores, and the importer reads on as
 * it always does. What people wrote is left as it is, so nothing they wrote is translated.
 */
let welshWords: ReadonlyMap<string, string> | undefined;

function wordsOfTheTemplate(): ReadonlyMap<string, string> {
  if (welshWords) return welshWords;
  const words = new Map<string, string>();
  const add = (welsh: string, english: string) => {
    const key = normaliseHeading(welsh);
    // Two English spellings of one Welsh word ("Key contacts", "Key Contacts") read the same.
    if (key !== '' && key !== normaliseHeading(english) && !words.has(key)) words.set(key, english);
  };
  for (const [english, welsh] of Object.entries(schemaCy)) add(welsh, english);
  for (const key of Object.keys(enGB) as (keyof typeof enGB)[]) if (key.startsWith('document.')) add(cyGB[key], enGB[key]);
  welshWords = words;
  return words;
}

function english(text: string, words: ReadonlyMap<string, string>): string {
  return words.get(normaliseHeading(text)) ?? text;
}

/** The document with its Welsh template words in English; the same object when it has none. */
export function readAsEnglish(doc: SourceDocument): SourceDocument {
  const words = wordsOfTheTemplate();
  let changed = false;
  const lines = doc.lines.map((line): SourceLine => {
    if (line.cells === null) {
      const text = english(line.text, words);
      if (text === line.text) return line;
      changed = true;
      return { ...line, text };
    }
    const cells = line.cells.map((cell) => english(cell, words));
    if (cells.every((cell, i) => cell === line.cells![i])) return line;
    changed = true;
    return { ...line, cells, text: cells.join('\t') };
  });
  return changed ? { ...doc, lines } : doc;
}
