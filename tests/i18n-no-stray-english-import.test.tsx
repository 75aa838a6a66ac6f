/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { TextDecoder, TextEncoder } from 'node:util';
import { previewText } from '../src/cli/commands/import';
import { previewImport, type ImportPreview } from '../src/documents/import';
import { ImportPreviewView } from '../src/features/documents/ImportPreviewView';
import { describeWithSeed, seedPath } from './support/seed';
import { markerTranslate, wordsOutsideMarkers } from './support/marker-translate';

/**
 * The import preview, in the app and in `lapp import`, says nothing that is not from the
 * catalogues: read from a real council's LAPP, what it shows is a catalogue message, a word of
 * the schema, a date, a number, or the document's own words.
 */

Object.assign(globalThis, { TextDecoder, TextEncoder });

const t = markerTranslate();
jest.mock('../src/i18n/MessagesProvider', () => ({ ...jest.requireActual('../src/i18n/MessagesProvider'), useMessages: () => t }));

const SEED_FILE = '000_9a6c7e61d299c4e1.txt';

/** Everything the document says, and every value the import read from it: shown as written in any language. */
function documentWords(seed: string, preview: ImportPreview): string {
  const values = [
    ...preview.sections.flatMap((s) => [...s.rows.flatMap((r) => Object.values(r.values)), ...s.unplaced.map((u) => u.text)]),
    ...preview.unplaced.map((u) => u.text),
    ...preview.details.map((d) => d.value),
  ];
  return [seed.replace(/\s+/g, ' '), ...values.filter((v): v is string => typeof v === 'string')].join('\n');
}

/** Whether the document says these words, as whole words (so "line" is not found in "deadline"); a value cut short with "…" may end mid-word. */
function said(words: string, piece: string): boolean {
  const cut = piece.endsWith('…');
  const escaped = piece.replace(/…$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}${cut ? '' : '(?:$|[^\\p{L}\\p{N}])'}`, 'u').test(words);
}

/** Words outside the markers that are not the document's own: written in code. */
function invented(texts: readonly string[], words: string): string[] {
  const pieces = texts.flatMap((text) => text.split(/\s+·\s+|\n/)).flatMap(wordsOutsideMarkers);
  return [...new Set(pieces.filter((piece) => !said(words, piece)))];
}

describeWithSeed('the import preview of a real LAPP', SEED_FILE, () => {
  let preview: ImportPreview;
  let words: string;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(seedPath(SEED_FILE)));
    preview = await previewImport({ bytes, fileName: 'lapp.txt', planId: 'seed-council' });
    words = documentWords(new TextDecoder().decode(bytes), preview);
  });

  it('has lines it could not place, notes on rows and an assumed year to say', () => {
    expect(preview.counts.problems).toBeGreaterThan(0);
    expect(preview.sections.some((s) => s.rows.some((r) => r.notes.length > 0))).toBe(true);
    expect(preview.assumedYear).not.toBeNull();
  });

  it('in the app, writes no words of its own', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ImportPreviewView preview={preview} />
      </FluentProvider>,
    );
    // Every section open, so its rows, notes and reasons are on the page.
    for (const header of screen.getAllByRole('button')) fireEvent.click(header);
    expect(container.querySelectorAll('td').length).toBeGreaterThan(100);
    const texts: string[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
    expect(invented(texts, words)).toEqual([]);
  });

  it('in lapp import, writes no words of its own', () => {
    const text = previewText(preview, 'Seed Council', t);
    expect(text.split('\n').length).toBeGreaterThan(50);
    // The marks before each line ("!", "·", "+") and the document's text quoted in brackets.
    const lines = text.split('\n').map((line) => line.replace(/^\s*[!·+]\s/, '').replace(/\s\[[^\]]*\]$/, ''));
    expect(invented(lines, `${words}\nSeed Council\n${preview.fileName}`)).toEqual([]);
  });
});
