import { dateOrder, formatDateText, parseDateText } from '../../../src/components/date-text';

/**
 * A browser may have no date data for the app's language (Chromium and Chrome carry none for
 * Welsh): then its Intl answers in some other order, and a Welsh reader told to type dd/mm/bbbb
 * had "28/02/2027" refused and saw "2027/02/28". Where the runtime does not know the language, the
 * app's own British order holds. ("zz-GB" stands for such a language here: Node knows Welsh.)
 */
describe('dates in a language the browser has no data for', () => {
  it('are read and written day, month, year, as in British English', () => {
    expect(dateOrder('zz-GB')).toEqual(['day', 'month', 'year']);
    expect(formatDateText('2027-02-28', 'zz-GB')).toBe('28/02/2027');
    expect(parseDateText('28/02/2027', 'zz-GB')).toBe('2027-02-28');
    expect(parseDateText('3/4/2027', 'zz-GB')).toBe('2027-04-03');
  });

  it('still follow a language the runtime knows', () => {
    expect(formatDateText('2027-02-28', 'en-US')).toBe('02/28/2027');
    expect(formatDateText('2027-02-28', 'cy-GB')).toBe('28/02/2027');
  });
});
