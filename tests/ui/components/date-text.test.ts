import { formatDateText, parseDateText } from '../../../src/components/date-text';

describe('dates as people type them', () => {
  it('shows a date day first in en-GB, whatever the browser prefers', () => {
    expect(formatDateText('2027-02-28', 'en-GB')).toBe('28/02/2027');
    expect(formatDateText('2027-02-28', 'en-US')).toBe('02/28/2027');
  });

  it('reads day, month and year in the language order, with any common separator', () => {
    expect(parseDateText('28/02/2027', 'en-GB')).toBe('2027-02-28');
    expect(parseDateText('3/4/2027', 'en-GB')).toBe('2027-04-03');
    expect(parseDateText('03.04.27', 'en-GB')).toBe('2027-04-03');
    expect(parseDateText(' 3-4-2027 ', 'en-GB')).toBe('2027-04-03');
    expect(parseDateText('3/4/2027', 'en-US')).toBe('2027-03-04');
    expect(parseDateText('28 Feb 2027', 'en-GB')).toBe('2027-02-28');
    expect(parseDateText('2027-02-28', 'en-GB')).toBe('2027-02-28');
  });

  it('refuses what is not a real date instead of guessing', () => {
    for (const text of ['31/02/2027', '29/02/2027', '13/13/2027', '00/01/2027', '28/02/20277', '28/02/0227', 'tomorrow', '28/02', '2O/02/2027', '28 Smarch 2027']) {
      expect(parseDateText(text, 'en-GB')).toBeUndefined();
    }
    expect(parseDateText('29/02/2028', 'en-GB')).toBe('2028-02-29');
  });
});
