import { readDateCell, type DateRead } from '../../src/documents/import/date-cell';
import { say } from '../../src/documents/import/import-messages';
import { inEnglish } from './import-said';

const census = { year: 2031, reason: say('import.year.census', { year: '2031' }) };
const problem = (read: DateRead): string => inEnglish(read.kind === 'invalid' ? read.message : undefined);

describe('reading a date cell', () => {
  it.each([
    ['28/10/2030', '2030-10-28'],
    ['1/1/2031', '2031-01-01'],
    ['29.October 2030', '2030-10-29'],
    ['29th Oct 2030', '2030-10-29'],
    ['2031-03-04', '2031-03-04'],
    ['5/3/31', '2031-03-05'],
    ['22 Mawrth 2031', '2031-03-22'],
    ['2 Rhag 2030', '2030-12-02'],
    ['10 Chwef 2031', '2031-02-10'],
    ['1 Mai 2031', '2031-05-01'],
    ['30 Medi 2030', '2030-09-30'],
    ['1af Mawrth 2031', '2031-03-01'],
    ['22ain Ionawr 2031', '2031-01-22'],
    ['w/d 9 Mawrth 2031', '2031-03-09'],
    ['wythnos yn dechrau 9 Mawrth 2031', '2031-03-09'],
  ])('reads %s as %s', (text, iso) => {
    expect(readDateCell(text, null)).toMatchObject({ kind: 'date', iso });
  });

  it('reads a month on its own as its first day, and says so', () => {
    const read = readDateCell('March 2031', null);
    expect(read).toEqual({ kind: 'date', iso: '2031-03-01', notes: [say('import.note.monthOnly', { text: 'March 2031', date: { date: '2031-03-01' } })] });
    expect(read.kind === 'date' && inEnglish(read.notes[0])).toBe('"March 2031" gives only the month: read as 1 Mar 2031.');
  });

  it('gives a date without a year the document’s year, and says why', () => {
    const read = readDateCell('22 March', census);
    expect(read).toMatchObject({ kind: 'date', iso: '2031-03-22' });
    expect(read.kind === 'date' && inEnglish(read.notes[0])).toBe('"22 March" has no year: read as 2031, the year of the census the document names (Census 2031).');
  });

  it('refuses a date without a year when the document names none', () => {
    const read = readDateCell('22 March', null);
    expect(read).toMatchObject({ kind: 'invalid', message: { id: 'import.date.noYear', values: { text: '22 March' } } });
    expect(problem(read)).toMatch(/has no year/);
  });

  it.each([
    ['22nd March to 26th March', '2031-03-22', '2031-03-26'],
    ['22nd to 26th March', '2031-03-22', '2031-03-26'],
    ['22-26 March 2031', '2031-03-22', '2031-03-26'],
    ['30/03/2031 - 02/04/2031', '2031-03-30', '2031-04-02'],
    ['22 i 26 Mawrth', '2031-03-22', '2031-03-26'],
  ])('reads the span %s', (text, from, until) => {
    expect(readDateCell(text, census)).toMatchObject({ kind: 'range', from, until });
  });

  it('reads TBC as to be confirmed', () => {
    expect(readDateCell('TBC', null)).toEqual({ kind: 'tbc' });
    expect(readDateCell('to be confirmed', null)).toEqual({ kind: 'tbc' });
  });

  it.each(['31/02/2031', 'next week', '26th March to 22nd March'])('refuses %s with a reason', (text) => {
    const read = readDateCell(text, census);
    expect(read.kind).toBe('invalid');
    expect(problem(read)).toContain(text.split(' ')[0] ?? '');
  });
});
