import { expect } from '@open-wc/testing';
import { formatDate, intlTag } from '../src/i18n/index.js';

describe('formatDate', () => {
  it('writes every day of four years (one leap year) as Intl’s long date does, in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const intl = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' });
      const mismatches: string[] = [];
      for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
        const date = new Date(day);
        if (formatDate(date, locale) !== intl.format(date)) {
          mismatches.push(`${date.toISOString().slice(0, 10)}: ${formatDate(date, locale)}`);
        }
      }
      expect(mismatches, locale).to.deep.equal([]);
    }
  });

  it('keeps the calendar date of an ISO date in any time zone', () => {
    expect(formatDate(new Date(Date.UTC(2026, 4, 31)), 'en')).to.equal('May 31, 2026');
    expect(formatDate(new Date(Date.UTC(2026, 0, 1)), 'fr')).to.equal('1 janvier 2026');
  });
});
