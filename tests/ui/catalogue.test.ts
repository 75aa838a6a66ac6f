import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { enGB } from '../../src/i18n/en-GB';
import { formatMessage } from '../../src/i18n/format';

const SRC = path.resolve(__dirname, '..', '..', 'src');
/** The UI folders whose every visible word must come from the catalogue. */
const UI_FOLDERS = ['app', 'components', 'features'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The catalogues themselves name every key; the i18n code that renders message ids does not. */
const CATALOGUE_FILES = ['en-GB.ts', 'cy-GB.ts', 'schema-cy.ts', 'glossary.ts'].map((name) => path.join(SRC, 'i18n', name));
const allSources = filesUnder(SRC)
  .filter((f) => !CATALOGUE_FILES.includes(f))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const keys = Object.keys(enGB);

/** Keys put together at run time from a prefix and a value (e.g. `role.${role}`). */
const DYNAMIC_PREFIXES = allSources.flatMap(({ text }) => [...text.matchAll(/t\(`([a-zA-Z.]+)\$\{/g)].map((m) => m[1]!));

describe('the en-GB message catalogue', () => {
  it('has every key the code asks for', () => {
    const asked = new Set(
      allSources.flatMap(({ text }) => [...text.matchAll(/\bt(?:\.plural)?\('([a-zA-Z][\w.]*)'/g)].map((m) => m[1]!)),
    );
    const plurals = [...asked].filter((k) => !(k in enGB) && `${k}.one` in enGB && `${k}.other` in enGB);
    const missing = [...asked].filter((k) => !(k in enGB) && !plurals.includes(k));
    expect(missing).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    const everything = allSources.map((s) => s.text).join('\n');
    const unused = keys.filter((key) => {
      const base = key.replace(/\.(one|other)$/, '');
      if (everything.includes(`'${key}'`) || everything.includes(`'${base}'`)) return false;
      return !DYNAMIC_PREFIXES.some((prefix) => key.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });

  it('pairs every plural with its other form', () => {
    const ones = keys.filter((k) => k.endsWith('.one')).map((k) => k.slice(0, -4));
    const others = keys.filter((k) => k.endsWith('.other')).map((k) => k.slice(0, -6));
    expect(ones.sort()).toEqual(others.sort());
  });

  it('fills placeholders and leaves a missing one visible rather than "undefined"', () => {
    expect(formatMessage(enGB['row.addTo'], { section: 'Key contacts' })).toBe('Add row to Key contacts');
    expect(formatMessage(enGB['row.addTo'])).toBe('Add row to {section}');
  });
});

describe('the UI code', () => {
  const uiSources = allSources.filter(({ file }) => UI_FOLDERS.some((folder) => file.startsWith(path.join(SRC, folder) + path.sep)));

  it('writes no words straight into JSX: they all come from the catalogue', () => {
    const hardCoded = uiSources
      .filter(({ file }) => file.endsWith('.tsx'))
      .flatMap(({ file, text }) =>
      // Text between a tag's end (not an arrow's "=>") and the next tag.
      [...text.matchAll(/(?<!=)>\s*([^<>{}\s][^<>{}]*?[A-Za-z]{2,}[^<>{}]*?)\s*</g)]
        .map((m) => m[1]!.trim())
        // Arrow functions and generics look like tags to a regex; words have no => or ( in them.
        .filter((words) => !/=>|[()=;&|]/.test(words))
        .map((words) => `${path.relative(SRC, file)}: ${words}`),
    );
    expect(hardCoded).toEqual([]);
  });

  it('never renders user text as HTML', () => {
    const risky = uiSources.filter(({ text }) => text.includes('dangerouslySetInnerHTML')).map(({ file }) => file);
    expect(risky).toEqual([]);
  });
});
