import { wordsOutsideMarkers } from './marker-translate';

/**
 * For text rendered with `markerTranslate`: the words on the page that are neither a catalogue
 * message nor marked as English (`lang="en"`): written in code, so English to a Welsh reader.
 */
export function strayEnglish(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[lang="en"]')) texts.push(node.textContent ?? '');
  }
  return texts.flatMap(wordsOutsideMarkers);
}

/** Storage's own words are only ever after a catalogue sentence, never the main one. */
export function englishFollowsASentence(root: HTMLElement): boolean {
  return [...root.querySelectorAll('[lang="en"]')].every((english) => {
    const before = english.parentElement?.textContent?.split(english.textContent ?? '')[0] ?? '';
    return before.includes('⟪⟫');
  });
}
