/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { TextDecoder, TextEncoder } from 'node:util';
import { previewText, resultText } from '../src/cli/commands/import';
import * as importer from '../src/documents/import';
import { commitImport, previewImport, type CommitResult, type ImportPreview } from '../src/documents/import';
import { ImportPanel } from '../src/features/documents/ImportPanel';
import { ImportPreviewView } from '../src/features/documents/ImportPreviewView';
import { ImportResultBar } from '../src/features/documents/ImportResultBar';
import { translateFor } from '../src/i18n/catalogues';
import { importText } from '../src/i18n/import-text';
import { SIGN_OFF_FIELDS } from '../src/plan';
import { makePlan } from './agenda/plan-factory';
import { MemoryPlanStore } from './support/memory-plan-store';
import { OfflineError, StorageError } from '../src/storage/errors';
import type { PlanStore } from '../src/storage/port';
import { describeWithSeed, seedPath } from './support/seed';
import { markerTranslate, wordsOutsideMarkers } from './support/marker-translate';
import { englishFollowsASentence, strayEnglish } from './support/stray-english';
import './ui/support/dom-shims';

/**
 * The import preview, in the app and in `lapp import`, says nothing that is not from the
 * catalogues: read from a real council's LAPP, what it shows is a catalogue message, a word of
 * the schema, a date, a number, or the document's own words.
 */

Object.assign(globalThis, { TextDecoder, TextEncoder });

const t = markerTranslate();
jest.mock('../src/i18n/MessagesProvider', () => ({ ...jest.requireActual('../src/i18n/MessagesProvider'), useMessages: () => t }));
jest.mock('../src/i18n/use-full-messages', () => ({ useFullMessages: () => t }));
jest.mock('../src/documents/import', () => {
  const actual: typeof importer = jest.requireActual('../src/documents/import');
  return { ...actual, commitImport: jest.fn(actual.commitImport) };
});

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

describe('an import the store refused for a reason it gave no code for', () => {
  const STORE_WORDS = 'The list item could not be written for a reason of its own.';
  const LAPP = ['Key Contacts', '', 'Name\tEmail\tNumber\tOrganisation\tRole', 'Ivy Brook\tivy@example.org\t\tFen Trust\tChair'].join('\n');
  let result: CommitResult;

  beforeAll(async () => {
    const read = await previewImport({ bytes: new TextEncoder().encode(LAPP), fileName: 'lapp.txt', planId: 'harrow-fen' });
    // A paper signature as well as a row, so the store refuses one of each.
    const signature = { field: SIGN_OFF_FIELDS[0]!, label: 'CLM', value: 'Joe Marsh', apply: true };
    const preview: ImportPreview = { ...read, details: [...read.details, signature] };
    const refuse = async () => Promise.reject(new StorageError(400, 'somethingNew', STORE_WORDS));
    result = await commitImport({ createRow: refuse, updateRow: refuse } as unknown as PlanStore, preview);
  });

  it('refuses the row and the signature', () => {
    expect(result.failed).toHaveLength(1);
    expect(result.refused).toHaveLength(1);
  });

  it('in the app, says why in catalogue sentences, the store’s words after them marked as English', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ImportResultBar result={result} />
      </FluentProvider>,
    );
    expect(strayEnglish(container)).toEqual([]);
    expect(englishFollowsASentence(container)).toBe(true);
    // The row not saved and the signature not recorded, each with the store's words.
    expect([...container.querySelectorAll('[lang="en"]')].map((e) => e.textContent)).toEqual([STORE_WORDS, STORE_WORDS]);
  });

  it('in lapp import, says why in catalogue sentences with the store’s words last', () => {
    const lines = resultText(result, t).split('\n').filter((line) => line.includes(STORE_WORDS));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/⟪⟫ The list item could not be written for a reason of its own\.$/);
      expect(wordsOutsideMarkers(line.replace(STORE_WORDS, '').replace(/^\s*[!·]\s/, ''))).toEqual([]);
    }
  });

  it('gives a Welsh reader the store’s refusal in Welsh, then the store’s own words', () => {
    const [failed] = result.failed;
    expect(importText(translateFor('cy-GB'), failed!.reason)).toBe(`Heb ei gadw: Gwrthodwyd hyn. ${STORE_WORDS}`);
  });
});

describe('an import that stopped part-way, read in Welsh', () => {
  it('says so in catalogue sentences, with why after it', async () => {
    const LAPP = ['Key Contacts', '', 'Name\tEmail\tNumber\tOrganisation\tRole', 'Ivy Brook\tivy@example.org\t\tFen Trust\tChair'].join('\n');
    jest.mocked(importer.commitImport).mockRejectedValueOnce(new OfflineError(new TypeError('Failed to fetch')));
    const plan = makePlan();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ImportPanel store={new MemoryPlanStore(plan)} plan={plan} />
      </FluentProvider>,
    );
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([LAPP], 'lapp.txt', { type: 'text/plain' })] } });
    // Once previewed: the section's header, then the import's own button, then "again".
    await waitFor(() => expect(screen.getAllByRole('button')).toHaveLength(3), { timeout: 5000 });
    fireEvent.click(screen.getAllByRole('button')[1]!);
    await waitFor(() => expect(importer.commitImport).toHaveBeenCalled());
    const bar = (await screen.findByText(/⟪⟫/, { selector: '.fui-MessageBarBody' })) as HTMLElement;
    // The panel's sentence, then the offline problem's: nothing lost, and no English.
    expect(bar.textContent).toMatch(/^⟪⟫⟪⟫ ⟪⟫⟪⟫/);
    expect(strayEnglish(bar)).toEqual([]);
    expect(englishFollowsASentence(bar)).toBe(true);
  });
});
