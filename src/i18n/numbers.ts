import type { Locale } from '../context/clinic-context.js';
import { intlTag } from './dates.js';

type Kind = 'number' | 'percent';

const OPTIONS: Record<Kind, Intl.NumberFormatOptions> = {
  number: {},
  percent: { style: 'percent', maximumFractionDigits: 1 },
};
const formats = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per locale and kind for the whole page, built when first used:
 * a formatter costs far more to build than to use, and a chart formats dozens of figures.
 */
export function numberFormat(locale: Locale, kind: Kind): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), OPTIONS[kind]);
    formats.set(key, format);
  }
  return format;
}
