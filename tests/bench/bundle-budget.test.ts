import fs from 'node:fs';
import path from 'node:path';
import { IN_TEAMS_BUDGET_KB, INITIAL_BUDGET_KB, kilobytes, measureBundle } from '../../scripts/bench/bundle-sizes';
import { enGB } from '../../src/i18n/en-GB';
import { enGBCore } from '../../src/i18n/en-GB-core';

/**
 * The size budget of what the tab downloads before it can show anything. `npm test` builds
 * before this runs; without a build there is nothing to weigh, and the tests say so.
 */
const dist = path.resolve(__dirname, '..', '..', 'dist');
const built = fs.existsSync(path.join(dist, 'index.html'));
const skipped = ' — skipped: dist/ is missing, run `npm run build` first';
const builtOnly = (name: string, test: () => void) => (built ? it(name, test) : it.skip(`${name}${skipped}`, test));

/** Text only the heavy document libraries carry: docx's and mammoth's Word namespace, JSZip's own errors. */
const HEAVY_LIBRARIES = {
  'docx or mammoth (Word export/import)': 'schemas.openxmlformats.org/wordprocessingml/2006/main',
  'JSZip (Word import, Excel)': 'removed in JSZip',
} as const;

/** The scripts the page loads first, as one text to search. */
const firstDownloadText = () =>
  measureBundle(dist)
    .initial.map((f) => fs.readFileSync(path.join(dist, f.file), 'utf8'))
    .join('\n');

describe('the tab’s first download', () => {
  builtOnly(`keeps the JavaScript the page loads first within ${INITIAL_BUDGET_KB} kB gzipped`, () => {
    const { initial, initialGzipBytes } = measureBundle(dist);
    const initialKb = kilobytes(initialGzipBytes);
    if (initialKb > INITIAL_BUDGET_KB) {
      const listing = initial.map((f) => `${f.file} ${kilobytes(f.gzipBytes)} kB`).join(', ');
      throw new Error(`The first download is ${initialKb} kB gzipped, over the ${INITIAL_BUDGET_KB} kB budget (${listing}): load new code on demand with import().`);
    }
  });

  builtOnly(`keeps what a tab inside Teams loads first, with the Teams SDK, within ${IN_TEAMS_BUDGET_KB} kB gzipped`, () => {
    const inTeamsKb = kilobytes(measureBundle(dist).inTeamsGzipBytes);
    if (inTeamsKb > IN_TEAMS_BUDGET_KB) {
      throw new Error(`Inside Teams the first download is ${inTeamsKb} kB gzipped, over the ${IN_TEAMS_BUDGET_KB} kB budget: import only the teams-js parts used (src/teams/teams-sdk.ts), or load new code on demand.`);
    }
  });

  builtOnly('leaves Word import and export to load on demand', () => {
    const initialText = firstDownloadText();
    const present = Object.entries(HEAVY_LIBRARIES).filter(([, marker]) => initialText.includes(marker));
    expect(present.map(([library]) => library)).toEqual([]);
  });

  builtOnly('carries the first view’s English and leaves the rest to the views that show it', () => {
    const initialText = firstDownloadText();
    // Long sentences only: a short one ("Close") may be in the first download for another reason.
    const sentences = (messages: Readonly<Record<string, string>>) => Object.entries(messages).filter(([, text]) => text.length >= 40 && !/["\\]/.test(text));
    const onDemand = sentences(enGB).filter(([key]) => !(key in enGBCore));
    expect(onDemand.length).toBeGreaterThan(100);
    expect(onDemand.filter(([, text]) => initialText.includes(text)).map(([key]) => key)).toEqual([]);
    expect(sentences(enGBCore).filter(([, text]) => !initialText.includes(text)).map(([key]) => key)).toEqual([]);
  });
});
