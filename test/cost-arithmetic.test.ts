import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCostPrices, type CostPathway, type CostPrices } from '../src/content/cost.js';
import en from '../src/content/packs/cost-prices/en.js';
import fr from '../src/content/packs/cost-prices/fr.js';
import {
  MAX_SESSIONS,
  estimate,
  hasCents,
  sessionCount,
  toCents,
} from '../src/elements/cost-estimate/estimate.js';

const pathway = (id: string) => en.pathways.find((p) => p.id === id)!;

interface SumCase {
  pathway: string;
  sessions: number;
  base: number;
  perSession: number;
  total: number;
}

// The seed's prices (000_a2e8090d40c15d4f.txt, "Cost and insurance"), worked by hand in cents.
const SUMS: SumCase[] = [
  { pathway: 'kat-psychedelic', sessions: 0, base: 158500, perSession: 79500, total: 158500 },
  { pathway: 'kat-psychedelic', sessions: 1, base: 158500, perSession: 79500, total: 238000 },
  { pathway: 'kat-psychedelic', sessions: 3, base: 158500, perSession: 79500, total: 397000 },
  { pathway: 'kat-psychedelic', sessions: 12, base: 158500, perSession: 79500, total: 1112500 },
  { pathway: 'kat-psycholytic', sessions: 0, base: 153000, perSession: 74000, total: 153000 },
  { pathway: 'kat-psycholytic', sessions: 1, base: 153000, perSession: 74000, total: 227000 },
  { pathway: 'kat-psycholytic', sessions: 12, base: 153000, perSession: 74000, total: 1041000 },
];

describe('cost estimate arithmetic (whole cents)', () => {
  for (const c of SUMS) {
    it(`${c.pathway} with ${c.sessions} additional sessions is ${c.total / 100}`, () => {
      const result = estimate(pathway(c.pathway), c.sessions);
      expect(result).to.deep.equal({
        kind: 'sum',
        pathway: c.pathway,
        sessions: c.sessions,
        base: c.base,
        perSession: c.perSession,
        additional: c.sessions * c.perSession,
        total: c.total,
      });
    });
  }

  it('gives the customised program as the range $2,325 to $6,930, whatever the sessions', () => {
    for (const sessions of [0, 5, 12]) {
      expect(estimate(pathway('customised'), sessions)).to.deep.equal({
        kind: 'range',
        pathway: 'customised',
        sessions: 0,
        min: 232500,
        max: 693000,
      });
    }
  });

  it('refuses a session count outside 0 to 12 or not whole', () => {
    for (const bad of [-1, 13, 2.5, Number.NaN]) {
      expect(() => estimate(pathway('kat-psychedelic'), bad), String(bad)).to.throw(RangeError);
    }
  });

  it('reads a typed session count only when it is a whole number from 0 to 12', () => {
    const table: [unknown, number | undefined][] = [
      ['0', 0],
      ['12', 12],
      [' 7 ', 7],
      ['13', undefined],
      ['-1', undefined],
      ['2.5', undefined],
      ['1e1', undefined],
      ['', undefined],
      ['abc', undefined],
      [undefined, undefined],
      [3, 3],
      [12.5, undefined],
    ];
    for (const [input, expected] of table)
      expect(sessionCount(input), String(input)).to.equal(expected);
  });

  it('converts amounts with cents exactly, where floating point would drift', () => {
    expect(0.1 + 0.2).not.to.equal(0.3); // the drift the cents avoid
    expect(toCents(795.5)).to.equal(79550);
    expect(toCents(0.29)).to.equal(29);
    expect(toCents(1234.56)).to.equal(123456);
    const odd: CostPathway = { id: 'odd', name: 'Odd', from: 0.1, perSession: 0.2 };
    expect(estimate(odd, 1)).to.include({ total: 30 });
    expect(estimate(odd, 12)).to.include({ total: 250 });
  });

  it('knows whether any figure has cents, so all are written alike', () => {
    expect(hasCents([158500, 79500])).to.equal(false);
    expect(hasCents([158500, 79550])).to.equal(true);
  });

  it('keeps every total exact: base + n × per session, in integers (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: MAX_SESSIONS }),
        (baseCents, perCents, sessions) => {
          const p: CostPathway = {
            id: 'p',
            name: 'P',
            from: baseCents / 100,
            perSession: perCents / 100,
          };
          const result = estimate(p, sessions);
          if (result.kind !== 'sum') return false;
          return (
            Number.isInteger(result.total) &&
            result.base === baseCents &&
            result.perSession === perCents &&
            result.total === baseCents + sessions * perCents
          );
        },
      ),
      { seed: 20261201, numRuns: 500 },
    );
  });
});

describe('the built-in prices (the seed, exactly)', () => {
  it('are the clinic’s published figures, in CAD, the same in both languages', () => {
    for (const pack of [en, fr]) {
      expect(pack.currency).to.equal('CAD');
      expect(pack.deposit).to.deep.equal({ amount: 300, refundable: false });
      expect(
        pack.pathways.map(({ id, from, perSession, to }) => ({ id, from, perSession, to })),
      ).to.deep.equal([
        { id: 'kat-psychedelic', from: 1585, perSession: 795, to: undefined },
        { id: 'kat-psycholytic', from: 1530, perSession: 740, to: undefined },
        { id: 'customised', from: 2325, perSession: undefined, to: 6930 },
      ]);
      expect(pack.insurance).to.have.length(4);
    }
  });

  it('pass their own schema', () => {
    for (const pack of [en, fr]) expect(parseCostPrices(JSON.stringify(pack)).ok).to.equal(true);
  });

  it('keep the seed’s insurance facts', () => {
    const text = en.insurance!.map((n) => `${n.plan}: ${n.note}`).join('\n');
    expect(text).to.contain('Spravato');
    expect(text).to.contain('Prior authorisation is sometimes available');
    expect(text).to.contain('treatment-resistant depression (TRD) alongside the addiction only');
    expect(text).to.contain(
      'Private insurance generally does not cover it for psychiatric or substance use',
    );
    expect(text).to.contain('Provincial drug plans: They do not cover off-label ketamine');
    expect(text).to.contain('Veterans Affairs Canada (VAC)');
    expect(text).to.contain('treatment-resistant depression or PTSD');
  });
});

describe('a clinic’s own prices', () => {
  const own: CostPrices = {
    currency: 'USD',
    deposit: { amount: 150.5, refundable: true },
    pathways: [
      { id: 'standard', name: 'Standard', from: 1000, perSession: 250.25 },
      { id: 'bespoke', name: 'Bespoke', from: 3000, to: 3000 },
    ],
  };

  it('override the built-in ones: figures, currency, deposit, a range of one price', () => {
    const read = parseCostPrices(JSON.stringify(own));
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.value.currency).to.equal('USD');
    expect(estimate(read.value.pathways[0]!, 12)).to.include({ total: 100000 + 12 * 25025 });
    expect(estimate(read.value.pathways[1]!, 0)).to.include({ min: 300000, max: 300000 });
  });

  const problems = (text: string) => {
    const read = parseCostPrices(text);
    return read.ok ? [] : read.issues;
  };
  const withPathway = (p: object) =>
    JSON.stringify({ currency: 'CAD', pathways: [{ id: 'a', name: 'A', ...p }] });

  const BAD: [string, string, string, RegExp][] = [
    ['not JSON at all', '{"currency": "CAD", pathways: []', '(json)', /not valid JSON/],
    ['an empty text', '', '(json)', /not valid JSON/],
    [
      'a currency that is not ISO 4217',
      '{"currency": "$", "pathways": [{"id": "a", "name": "A", "from": 1, "perSession": 1}]}',
      'currency',
      /invalid format/,
    ],
    ['no pathways', '{"currency": "CAD", "pathways": []}', 'pathways', /at least 1/],
    [
      'a price with fractions of a cent',
      withPathway({ from: 10.005, perSession: 1 }),
      'pathways[0].from',
      /two decimals/,
    ],
    [
      'a negative price',
      withPathway({ from: -5, perSession: 1 }),
      'pathways[0].from',
      /at least 0/,
    ],
    [
      'a price as text',
      withPathway({ from: '1585', perSession: 1 }),
      'pathways[0].from',
      /expected number/,
    ],
    [
      'both a per-session price and a range',
      withPathway({ from: 1, perSession: 1, to: 2 }),
      'pathways[0]',
      /either perSession/,
    ],
    ['neither', withPathway({ from: 1 }), 'pathways[0]', /either perSession/],
    ['a range upside down', withPathway({ from: 10, to: 5 }), 'pathways[0].to', /not be below/],
    [
      'an unknown field',
      withPathway({ from: 1, perSession: 1, price: 3 }),
      'pathways[0]',
      /unknown key "price"/,
    ],
    [
      'a deposit without saying if it is refundable',
      '{"currency": "CAD", "deposit": {"amount": 300}, "pathways": [{"id": "a", "name": "A", "from": 1, "perSession": 1}]}',
      'deposit.refundable',
      /expected boolean/,
    ],
  ];
  for (const [what, text, path, message] of BAD) {
    it(`are refused, by path, for ${what}`, () => {
      const issues = problems(text);
      const hit = issues.find((i) => i.path === path);
      expect(hit, JSON.stringify(issues)).to.not.equal(undefined);
      expect(hit!.message).to.match(message);
    });
  }

  it('are refused when two pathways share an id', () => {
    const twice = JSON.stringify({
      currency: 'CAD',
      pathways: [
        { id: 'a', name: 'A', from: 1, perSession: 1 },
        { id: 'a', name: 'B', from: 2, perSession: 2 },
      ],
    });
    expect(problems(twice).map((i) => i.path)).to.deep.equal(['pathways']);
  });
});
