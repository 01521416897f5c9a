import type { Locale } from '../context/clinic-context.js';

/** The BCP 47 tag the Intl APIs get for each locale (French is Canadian French). */
const INTL_TAGS: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' };

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

type Kind = 'number' | 'percent';

/** How each locale writes a number (Canadian English and French, as `Intl` writes them). */
const WRITING: Record<
  Locale,
  { group: string; decimal: string; percent: string; money: (n: string) => string }
> = {
  en: { group: ',', decimal: '.', percent: '%', money: (n) => `$${n}` },
  fr: { group: '\u00a0', decimal: ',', percent: '\u00a0%', money: (n) => `${n}\u00a0$` },
};

/** Fraction digits at most: `Intl.NumberFormat`'s default for numbers, one for percentages. */
const MAX_FRACTION: Record<Kind, number> = { number: 3, percent: 1 };

/**
 * `|value| × 10^shift` with at most `fraction` digits after the point (trailing zeros dropped
 * unless `fixed`), rounded half away from zero as `Intl` rounds: on the shortest decimal that
 * reads back as the number (0.1235 → 12.4 %), not on its binary value (0.13949999999999999 is
 * 13.9 %: arithmetic on the double would round it up).
 * Undefined beyond what a double holds to the unit (or for a number written with an exponent).
 */
function written(
  locale: Locale,
  value: number,
  shift: number,
  fraction: number,
  fixed?: boolean,
): string | undefined {
  const text = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const [whole = '', part = ''] = text.split('.');
  // The digits moved `shift + fraction` places left of the point; the next one rounds.
  const point = whole.length + shift + fraction;
  const shifted = whole + part.padEnd(point, '0');
  const units = Number(shifted.slice(0, point)) + (shifted[point]! >= '5' ? 1 : 0);
  if (!Number.isSafeInteger(units)) return undefined;
  const digits = String(units).padStart(fraction + 1, '0');
  const cut = digits.length - fraction;
  const after = fixed ? digits.slice(cut) : digits.slice(cut).replace(/0+$/, '');
  const { group, decimal } = WRITING[locale];
  const grouped = digits.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + grouped + (after ? decimal + after : '');
}

// Only for what is not written by hand (an exponent, NaN, another currency): built on first use.
const formats = new Map<string, Intl.NumberFormat>();
function intl(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(intlTag(locale), options)));
  return format;
}

/**
 * A number (`1,234.5` / `1 234,5`) or a percentage of a fraction (`0.45` → `45%` / `45 %`,
 * one decimal at most), the same text as `Intl.NumberFormat` (test/numbers.test.ts compares
 * them). Written by hand because the page's first `Intl.NumberFormat` costs 12 to 24 ms in
 * Chromium: a long task on the load path of every page with an evidence card.
 */
export function formatNumber(value: number, locale: Locale, kind: Kind = 'number'): string {
  const text = written(locale, value, kind === 'percent' ? 2 : 0, MAX_FRACTION[kind]);
  if (text === undefined) {
    const options: Intl.NumberFormatOptions =
      kind === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : {};
    return intl(locale, options).format(value);
  }
  return kind === 'percent' ? text + WRITING[locale].percent : text;
}

/**
 * An amount in whole cents: `$1,585` / `1 585 $`, cents shown only when `withCents`. Canadian
 * dollars are written by hand (as `Intl` writes them, tested); another currency goes to `Intl`
 * with the locale's own symbol (`US$` / `$ US`).
 */
export function formatMoney(
  cents: number,
  currency: string,
  locale: Locale,
  withCents: boolean,
): string {
  const text =
    currency === 'CAD' ? written(locale, cents / 100, 0, withCents ? 2 : 0, withCents) : undefined;
  if (text === undefined) {
    return intl(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      ...(withCents ? {} : { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    }).format(cents / 100);
  }
  const sign = text.startsWith('-') ? '-' : '';
  return sign + WRITING[locale].money(text.slice(sign.length));
}

/**
 * Whether a count takes the singular ("1 session", « 0 séance »): CLDR's `one`, which is 1 in
 * English and 0 to 2 (not included) in French, as `Intl.PluralRules` selects it (tested),
 * without building one on the load path.
 */
export function isSingular(count: number, locale: Locale): boolean {
  return locale === 'fr' ? count >= 0 && count < 2 : count === 1;
}
