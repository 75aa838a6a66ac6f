import type { Page } from 'playwright-core';
import { CATALOGUES, SCHEMA_TEXT } from '../../../src/i18n/catalogues';
import { enGB } from '../../../src/i18n/en-GB';
import { seriousViolations } from '../harness';

const cy = CATALOGUES['cy-GB'] as Readonly<Record<string, string>>;

/**
 * The app's English words that must not show in Welsh: fixed parts of every message (split at
 * its placeholders) and the schema's words, where Welsh differs and the words are long enough not
 * to be a plan's own text by chance.
 */
export const englishOnly: readonly string[] = [
  ...Object.entries(enGB).flatMap(([key, english]) =>
    cy[key] === english ? [] : english.split(/\{[A-Za-z0-9]+\}/).map((part) => part.trim()),
  ),
  ...Object.entries(SCHEMA_TEXT['cy-GB']).flatMap(([english, welsh]) => (welsh === english ? [] : [english])),
].filter((words) => words.split(/\s+/).length >= 3 && words.length >= 16);

/** The app's English words on the page as it is now. */
export async function englishOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...new Set(englishOnly.filter((words) => text.includes(words)))];
}

/**
 * What a Welsh reader meets on the page now, as one value: the language the page says it is in,
 * the app's English left on it, and serious accessibility problems. Compare it with
 * WELSH_THROUGHOUT, so a failure shows all three at once.
 */
export async function welshReading(page: Page): Promise<{ lang: string; english: string[]; violations: string[] }> {
  return { lang: await page.evaluate(() => document.documentElement.lang), english: await englishOn(page), violations: await seriousViolations(page) };
}

export const WELSH_THROUGHOUT = { lang: 'cy', english: [], violations: [] } as const;
