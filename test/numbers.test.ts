import { expect } from '@open-wc/testing';
import { formatMoney, formatNumber, intlTag, isSingular } from '../src/i18n/index.js';

const LOCALES = ['en', 'fr'] as const;

/** Every value whose hand-written text differs from Intl's, with both texts. */
function mismatches(values: number[], ours: (v: number) => string, intl: (v: number) => string) {
  return values.flatMap((v) => (ours(v) === intl(v) ? [] : [`${v}: ${ours(v)} ≠ ${intl(v)}`]));
}

// Deterministic spread of values: small and large integers, decimals with up to five digits
// (so rounding at the third and first places is exercised, half-way cases included).
function* spread(): Generator<number> {
  for (let i = 0; i <= 2_000; i += 1) yield i;
  for (let i = 0; i < 3_000; i += 1) yield Math.round(((i * 7919) % 100_003) * 137.31) + i;
  for (let i = 0; i < 3_000; i += 1)
    yield Number((((i * 104_729) % 1_000_003) / 100_000).toFixed(5));
  for (let i = 0; i < 1_000; i += 1) yield Number(`${i}.${String(i).padStart(3, '0')}5`);
  yield 999.9995;
  yield 0.0005;
  yield 1e15;
  yield 123_456_789_012;
}

describe('number formatting (written by hand, as Intl writes it)', () => {
  const values = [...spread()];

  it('writes numbers as Intl.NumberFormat does, in both languages, negatives included', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(intlTag(locale));
      const all = [...values, ...values.slice(0, 500).map((v) => -v)];
      expect(
        mismatches(
          all,
          (v) => formatNumber(v, locale),
          (v) => intl.format(v),
        ),
        locale,
      ).to.deep.equal([]);
    }
  });

  it('writes percentages with one decimal at most, rounded as Intl rounds (12.35 % → 12.4 %)', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(intlTag(locale), {
        style: 'percent',
        maximumFractionDigits: 1,
      });
      const fractions: number[] = [];
      for (let i = 0; i <= 10_000; i += 1) fractions.push(i / 10_000, i / 100 / 100);
      for (let i = 0; i <= 1_000; i += 1)
        fractions.push(Number(`0.${String(i).padStart(3, '0')}5`));
      expect(
        mismatches(
          fractions,
          (v) => formatNumber(v, locale, 'percent'),
          (v) => intl.format(v),
        ),
        locale,
      ).to.deep.equal([]);
    }
    expect(formatNumber(0.1235, 'en', 'percent')).to.equal('12.4%');
    expect(formatNumber(0.45, 'fr', 'percent')).to.equal('45\u00a0%');
  });

  it('writes Canadian dollars as Intl does, with and without cents', () => {
    for (const locale of LOCALES) {
      for (const withCents of [false, true]) {
        const intl = new Intl.NumberFormat(intlTag(locale), {
          style: 'currency',
          currency: 'CAD',
          currencyDisplay: 'symbol',
          ...(withCents ? {} : { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
        });
        const cents: number[] = [];
        for (let i = 0; i < 5_000; i += 1) cents.push((i * 7_919) % 1_000_003, i);
        cents.push(-158_500, 0);
        expect(
          mismatches(
            withCents ? cents : cents.map((c) => c - (c % 100)),
            (c) => formatMoney(c, 'CAD', locale, withCents),
            (c) => intl.format(c / 100),
          ),
          `${locale}, cents ${withCents}`,
        ).to.deep.equal([]);
      }
    }
    expect(formatMoney(158_500, 'CAD', 'en', false)).to.equal('$1,585');
    expect(formatMoney(158_550, 'CAD', 'fr', true)).to.equal('1\u00a0585,50\u00a0$');
  });

  it('leaves what it does not write by hand to Intl: another currency, an exponent, NaN', () => {
    expect(formatMoney(158_500, 'USD', 'en', false)).to.equal('US$1,585');
    expect(formatMoney(158_500, 'USD', 'fr', false)).to.equal('1\u00a0585\u00a0$\u00a0US');
    expect(formatNumber(1e21, 'en')).to.equal(new Intl.NumberFormat('en-CA').format(1e21));
    expect(formatNumber(1e-7, 'fr', 'percent')).to.equal('0\u00a0%');
    expect(formatNumber(Number.NaN, 'en')).to.equal('NaN');
  });

  it('takes the singular where Intl.PluralRules says “one”: 1 in English, 0 and 1 in French', () => {
    for (const locale of LOCALES) {
      const rules = new Intl.PluralRules(intlTag(locale));
      const counts = [...Array(2_001).keys(), ...[...Array(400).keys()].map((i) => i / 100)];
      expect(
        counts.filter((n) => isSingular(n, locale) !== (rules.select(n) === 'one')),
        locale,
      ).to.deep.equal([]);
    }
  });
});
