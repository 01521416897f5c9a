import type { Locale } from '../context/clinic-context.js';

/**
 * Picks one section of the catalogue for the active locale. Callers pass the two sections
 * by name (`en.faqList`, `fr.faqList`) so bundlers keep only the sections an element uses.
 */
export function pick<T>(locale: Locale, english: T, french: T): T {
  return locale === 'fr' ? french : english;
}

/**
 * A reviewer's name as the sentence needs it: in French a title takes its article and no
 * full stop, "Dr. Ben Soffer, DO" → "le Dr Ben Soffer, DO" (« par le Dr X, le ... »).
 */
export const personName = (name: string, locale: Locale): string =>
  locale === 'fr' ? name.replace(/^Dr(e?)\.?\s+/, (_, e) => (e ? 'la Dre ' : 'le Dr ')) : name;

export { formatDate, intlTag, parseIsoDate } from './dates.js';
export { numberFormat } from './numbers.js';
