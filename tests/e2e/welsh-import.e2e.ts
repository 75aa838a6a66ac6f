import type { Browser } from 'playwright-core';
import { cyGB } from '../../src/i18n/cy-GB';
import { hasSeed, seedPath } from '../support/seed';
import { errorsOf, launchBrowser, openSurface, SAMPLE } from './harness';
import { welshReading, WELSH_THROUGHOUT } from './support/english-words';

/**
 * A Welsh-speaking CEM previews the import of a real council's LAPP (the seed, read where it
 * lies, never copied in): every reason, note, place and detail the preview shows is Welsh, the
 * page stays marked Welsh, and axe finds nothing serious with every section open. Only a
 * preview: nothing is written, so the specs after this one see the same plan.
 */
const SEED_FILE = '000_9a6c7e61d299c4e1.txt';
const itWithSeed = hasSeed(SEED_FILE) ? it : it.skip;

describe('an import previewed in Welsh', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  itWithSeed('shows the importer’s reasons, notes and places in Welsh, with no serious accessibility problem', async () => {
    const page = await openSurface(browser, { surface: 'tab', plan: SAMPLE.planId, as: SAMPLE.cem, route: `/plan/${SAMPLE.planId}/documents`, locale: 'cy-GB' });
    try {
      await page.getByLabel(cyGB['documents.import.file']).setInputFiles(seedPath(SEED_FILE));
      await page.getByRole('button', { name: /^Mewnforio \d+ rhes/ }).waitFor({ timeout: 30_000 });
      // Every section open: its rows, notes and reasons on the page.
      const headers = page.locator('.fui-AccordionHeader__button[aria-expanded="false"]');
      for (let n = await headers.count(); n > 0; n = await headers.count()) await headers.first().click();
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('Awgrym y templed ar gyfer ychwanegu rhesi.');
      expect(text).toMatch(/llinell \d+/);
      expect(text).not.toMatch(/\bline \d+|\btable \d+, row \d+/);
      expect(await welshReading(page)).toEqual(WELSH_THROUGHOUT);
      expect(errorsOf(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
