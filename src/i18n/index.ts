import type { Locale } from '../context/clinic-context.js';

/**
 * Picks one section of the catalogue for the active locale. Callers pass the two sections
 * by name (`en.faqList`, `fr.faqList`) so bundlers keep only the sections an element uses.
 */
export function pick<T>(locale: Locale, english: T, french: T): T {
  return locale === 'fr' ? french : english;
}

export { formatDate, intlTag, parseIsoDate } from './dates.js';
export { numberFormat } from './numbers.js';
