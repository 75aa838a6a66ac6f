import { translateFor } from '../src/i18n/catalogues';
import { joinList } from '../src/i18n/locale-format';

describe('a Welsh list’s last "and"', () => {
  const welsh = translateFor('cy-GB');
  const last = (word: string) => joinList(welsh, ['Agored', word]);

  it('is "ac" before a, e, i, o and u, circumflexed or not', () => {
    for (const word of ['Ar y gweill', 'Eraill', 'Isel', 'Oedi', 'Uchel', 'Ôl']) expect(last(word)).toBe(`Agored ac ${word}`);
  });

  it('is "a" before a consonant', () => {
    for (const word of ['Canolig', 'Heb ddechrau', 'Na']) expect(last(word)).toBe(`Agored a ${word}`);
  });

  it('is "a" before a w or y that is a consonant, "ac" before one that is a vowel', () => {
    expect(last('Wedi’i dicio')).toBe('Agored a Wedi’i dicio');
    expect(last('Wal')).toBe('Agored a Wal');
    expect(last('Ysgol')).toBe('Agored ac Ysgol');
    expect(last('Wrth law')).toBe('Agored ac Wrth law');
    expect(last('Ŵyr')).toBe('Agored ac Ŵyr');
  });

  it('leaves English lists alone', () => {
    expect(joinList(translateFor('en-GB'), ['Open', 'Ticked', 'Done'])).toBe('Open, Ticked and Done');
  });
});
