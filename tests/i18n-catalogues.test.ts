import { CATALOGUES } from '../src/i18n/catalogues';
import { enGB } from '../src/i18n/en-GB';
import { GLOSSARY, mutationsOf } from '../src/i18n/glossary';
import { createTranslate } from '../src/i18n/translate';
import { chooseLanguage } from '../src/i18n/language-choice';

const referenceKeys = Object.keys(enGB);
const pluralBases = referenceKeys.filter((k) => k.endsWith('.other')).map((k) => k.slice(0, -'.other'.length));
const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (locale, catalogue) => {
  const messages = catalogue as Readonly<Record<string, string | undefined>>;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has every key of the reference catalogue, and no other', () => {
    const keys = Object.keys(catalogue);
    expect(referenceKeys.filter((k) => !(k in catalogue))).toEqual([]);
    const extras = keys.filter((k) => !(k in enGB) && !pluralBases.some((base) => categories.some((c) => k === `${base}.${c}`)));
    expect(extras).toEqual([]);
  });

  it(`gives every plural a form for each of the language's categories (${categories.join(', ')})`, () => {
    const missing = pluralBases.flatMap((base) => categories.filter((c) => !messages[`${base}.${c}`]?.trim()).map((c) => `${base}.${c}`));
    expect(missing).toEqual([]);
  });

  it('asks for the same values as English in every message (a count form may leave the number out)', () => {
    const wrong = Object.entries(messages).flatMap(([key, text]) => {
      const base = pluralBases.find((b) => key.startsWith(`${b}.`) && !(key in enGB) ? true : key === `${b}.one` || key === `${b}.other`);
      const english = enGB[(base ? `${base}.other` : key) as keyof typeof enGB];
      const want = placeholders(english).filter((p) => !(base && p === 'count'));
      const got = placeholders(text ?? '').filter((p) => !(base && p === 'count'));
      return JSON.stringify(want) === JSON.stringify(got) ? [] : [`${key}: ${got.join(',')} ≠ ${want.join(',')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('leaves no message empty', () => {
    expect(Object.entries(messages).filter(([, text]) => !text?.trim()).map(([key]) => key)).toEqual([]);
  });
});

describe('Welsh plurals', () => {
  const t = createTranslate(CATALOGUES['cy-GB'], 'cy-GB');
  it.each([
    [0, 'Dim penderfyniadau'],
    [1, '1 penderfyniad'],
    [2, '2 benderfyniad'],
    [3, '3 phenderfyniad'],
    [6, '6 phenderfyniad'],
    [4, '4 penderfyniad'],
  ])('%i decisions read "%s"', (count, text) => {
    expect(t.plural('meeting.close.decisions', count)).toBe(text);
  });

  it('English keeps its two forms', () => {
    const en = createTranslate(enGB, 'en-GB');
    expect([0, 1, 2].map((n) => en.plural('meeting.close.decisions', n))).toEqual(['0 decisions', '1 decision', '2 decisions']);
  });
});

describe('the Welsh glossary', () => {
  const cy = CATALOGUES['cy-GB'] as Readonly<Record<string, string>>;
  const acronyms = new Set(['CEM', 'ACLM', 'CLM']);
  it.each(GLOSSARY.map((entry) => [entry.en, entry] as const))('"%s" is translated the same way everywhere', (_en, entry) => {
    const acronym = entry.en === entry.en.toUpperCase();
    const english = new RegExp(`\\b${entry.en.replace(/[-]/g, '\\$&')}\\b`, acronym ? '' : 'i');
    const forms = [entry.cy, ...(entry.alsoCy ?? [])].flatMap((w) => {
      const [first, ...rest] = w.split(' ');
      return mutationsOf(first!).map((m) => [m, ...rest].join(' ').toLowerCase());
    });
    const inconsistent = referenceKeys.filter((key) => {
      // Placeholders and web addresses are not words to translate ("…/sites/census" stays as it is).
      const en = enGB[key as keyof typeof enGB].replace(/\{[A-Za-z0-9]+\}/g, '').replace(/https?:\/\/\S+/g, '');
      if (!english.test(en) || acronyms.has(en) || entry.otherSense?.test(en)) return false;
      const welsh = (cy[key] ?? '').toLowerCase();
      return !forms.some((form) => welsh.includes(form));
    });
    expect(inconsistent).toEqual([]);
  });
});

describe('choosing the language', () => {
  it('takes the person’s own choice first, then the host, then the browser', () => {
    expect(chooseLanguage({ chosen: 'cy-GB', hostLocale: 'en-GB' })).toBe('cy-GB');
    expect(chooseLanguage({ hostLocale: 'cy', browserLocales: ['en-GB'] })).toBe('cy-GB');
    expect(chooseLanguage({ hostLocale: 'fr-FR', browserLocales: ['de', 'cy-GB'] })).toBe('cy-GB');
    expect(chooseLanguage({ hostLocale: 'fr-FR', browserLocales: ['de'] })).toBe('en-GB');
    expect(chooseLanguage({ chosen: 'xx', hostLocale: 'en-US' })).toBe('en-GB');
  });
});
