import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { crisisLinesSchema } from '../src/content/crisis-lines.js';
import { disclaimersSchema } from '../src/content/disclaimers.js';
import { eligibilityAnswersSchema, eligibilityRulesSchema } from '../src/content/eligibility.js';
import { evidenceSchema } from '../src/content/evidence.js';
import { faqSchema } from '../src/content/faq.js';
import { check } from '../src/content/issues.js';
import { crisisLinesPack } from '../src/content/packs/crisis-lines.js';
import { disclaimersPack, evidencePack, faqKetamineAddiction } from '../src/content/index.js';
import { parseJson } from '../src/content/parse-json.js';
import { parseRichText, renderRichText } from '../src/content/rich-text.js';
import { checkUrl } from '../src/internal/safe-url.js';
import { candidateAnswers } from './helpers/fixtures.js';

/**
 * Random and adversarial content through every schema, the JSON reader and the FAQ answer
 * parser. Bounded in `npm test` (a fixed seed, 200 runs per property); run longer with
 * `FUZZ_RUNS=20000 FUZZ_SEED=123 npx wtr test/fuzz.test.ts` (see web-test-runner.config.mjs).
 */
const settingsUrl = '/test/fuzz-settings.js';
const { runs, seed } = (await import(/* @vite-ignore */ settingsUrl)) as {
  runs: number;
  seed: number;
};
const params = { numRuns: runs, seed };

/** Pieces of markup and addresses that have broken sanitisers, joined at random. */
const hostilePiece = fc.constantFrom(
  '<a ',
  '<a href="',
  "<a href='",
  'href=',
  '">',
  '>',
  '</a>',
  '<p>',
  '</p>',
  '<ul>',
  '<ol>',
  '<li>',
  '</li>',
  '<em>',
  '</strong>',
  '<br/>',
  '<script>',
  '</script>',
  '<style>',
  '<img src=x onerror="window.__fuzzRan=1">',
  '<svg onload=window.__fuzzRan=1>',
  '<iframe src="javascript:window.__fuzzRan=1">',
  ' onclick="window.__fuzzRan=1"',
  'javascript:window.__fuzzRan=1',
  'java\tscript:',
  'java&#9;script:',
  '&#106;avascript:',
  'jav&#x0A;ascript:',
  '\u0001javascript:',
  'data:text/html,',
  'vbscript:',
  '//evil.example/',
  '\\\\evil.example',
  'https://ok.example/',
  'mailto:a@b.example',
  'tel:988',
  '/book',
  '#x',
  '&lt;',
  '&amp;',
  '&#x',
  '&#0;',
  '&#xd800;',
  '\u202e',
  '\u200b',
  '"',
  "'",
  '<',
  '/',
  '=',
  ' ',
  '\n',
  '<!--',
  '-->',
  '<a <a <a',
  '`',
);
const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: hostilePiece }, { weight: 1, arbitrary: fc.string() }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

const ALLOWED_TAGS = ['P', 'A', 'EM', 'STRONG', 'UL', 'OL', 'LI', 'BR'];

/** A valid sample with one value somewhere inside replaced by a random or hostile one. */
function mutant(sample: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(sample, []);
  const replacement = fc.oneof(
    fc.jsonValue(),
    hostileText,
    fc.constantFrom({}, [], null, '', -1, 1e308, '__proto__'),
    fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'url', 'x'),
      fc.jsonValue(),
    ),
  );
  return fc.tuple(fc.constantFrom(...paths), replacement).map(([path, value]) => {
    if (!path.length) return value;
    const copy = JSON.parse(JSON.stringify(sample)) as Record<string | number, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1]!] = value;
    return copy;
  });
}

const SCHEMAS = {
  crisisLinesSchema: [
    crisisLinesSchema,
    {
      emergency: '911',
      lines: crisisLinesPack.CA.lines.map((l) => ({ name: l.name.en, call: l.call, text: l.text })),
    },
  ],
  evidenceSchema: [evidenceSchema, evidencePack.en],
  faqSchema: [faqSchema, { items: faqKetamineAddiction.en.items.slice(0, 3) }],
  disclaimersSchema: [disclaimersSchema, disclaimersPack.fr],
  eligibilityAnswersSchema: [eligibilityAnswersSchema, candidateAnswers()],
  eligibilityRulesSchema: [eligibilityRulesSchema, { minAbstinenceDays: 60 }],
} as const;

describe('fuzz: content schemas, the JSON reader and the answer parser', () => {
  afterEach(() =>
    expect((window as { __fuzzRan?: unknown }).__fuzzRan, 'nothing ran').to.equal(undefined),
  );

  it('the JSON reader never throws, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileText, fc.json()), (text) => {
        const read = parseJson(text);
        expect(read.ok || read.issues.length > 0).to.equal(true);
      }),
      params,
    );
  });

  for (const [name, [schema, sample]] of Object.entries(SCHEMAS)) {
    it(`${name}: any value is either valid or named issue by issue, never an exception`, () => {
      expect(check(schema as never, sample).ok, 'the sample is valid').to.equal(true);
      fc.assert(
        fc.property(fc.oneof(mutant(sample), fc.anything(), fc.jsonValue()), (value) => {
          const checked = check(schema as never, value);
          if (!checked.ok) {
            expect(checked.issues.length).to.be.greaterThan(0);
            for (const issue of checked.issues) expect(issue.path).to.be.a('string');
            return;
          }
          // What passes links only where the guard allows, and reads by own properties only.
          if (name === 'evidenceSchema') {
            for (const source of (checked.value as typeof evidencePack.en).sources)
              expect(checkUrl(source.url).ok, source.url).to.equal(true);
          }
          if (checked.value && typeof checked.value === 'object' && !Array.isArray(checked.value)) {
            expect(Object.getPrototypeOf(checked.value)).to.equal(null);
          }
        }),
        params,
      );
    });
  }

  it('crisis lines that pass always give a reader a line to reach, with a web address the guard allows', () => {
    fc.assert(
      fc.property(mutant(SCHEMAS.crisisLinesSchema[1]), (value) => {
        const checked = check(crisisLinesSchema, value);
        if (!checked.ok) return;
        expect(checked.value.lines.length).to.be.greaterThan(0);
        for (const line of checked.value.lines) {
          expect(!!(line.call || line.text || line.url)).to.equal(true);
          if (line.url) expect(checkUrl(line.url).ok).to.equal(true);
        }
      }),
      params,
    );
  });

  it('FAQ answers become allow-listed elements only, with safe links, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: fc.string() }),
        (answer) => {
          const into = document.createElement('div');
          renderRichText(parseRichText(answer), into);
          for (const el of into.querySelectorAll('*')) {
            expect(ALLOWED_TAGS, el.tagName).to.include(el.tagName);
            expect(
              el.getAttributeNames().filter((n) => n !== 'href'),
              el.tagName,
            ).to.deep.equal([]);
            const href = el.getAttribute('href');
            if (href === null) continue;
            expect(el.tagName).to.equal('A');
            expect(checkUrl(href, { relative: true, mailAndPhone: true }).ok, href).to.equal(true);
            expect(['https:', 'http:', 'mailto:', 'tel:']).to.include(
              new URL(href, location.href).protocol,
            );
          }
        },
      ),
      params,
    );
  });
});
