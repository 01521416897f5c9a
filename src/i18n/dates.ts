import type { Locale } from '../context/clinic-context.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date from `YYYY-MM-DD`, or undefined when it is not a real date (2026-02-30). */
export function parseIsoDate(value: string | null | undefined): Date | undefined {
  const match = value ? ISO_DATE.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
  return real ? date : undefined;
}

const MONTHS: Record<Locale, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/**
 * "May 31, 2026" / "31 mai 2026": the date as a reader of that locale writes it, the same
 * text as `Intl.DateTimeFormat(…, { dateStyle: 'long' })` (test/dates.test.ts compares every
 * day). Written out by hand because the page's first `Intl.DateTimeFormat` costs 20 to 30 ms
 * in Chromium, a long task on the load path of every page with a review date.
 */
export function formatDate(date: Date, locale: Locale): string {
  // UTC: an ISO calendar date must not shift a day in the reader's time zone.
  const day = date.getUTCDate();
  const month = MONTHS[locale][date.getUTCMonth()]!;
  return WRITTEN[locale](day, month, date.getUTCFullYear());
}

const WRITTEN: Record<Locale, (day: number, month: string, year: number) => string> = {
  en: (day, month, year) => `${month} ${day}, ${year}`,
  fr: (day, month, year) => `${day} ${month} ${year}`,
};
