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

/** The BCP 47 tag the Intl APIs get for a locale (French is Canadian French). */
export function intlTag(locale: Locale): string {
  return locale === 'fr' ? 'fr-CA' : 'en-CA';
}

/** "May 31, 2026" / "31 mai 2026": the date as a reader of that locale writes it. */
export function formatDate(date: Date, locale: Locale): string {
  // UTC both ways: an ISO calendar date must not shift a day in the reader's time zone.
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}
