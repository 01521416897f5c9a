// Measures what a consumer ships: each entry bundled with everything it imports (Lit
// included), fully minified (white space, and the white space of html and css templates),
// then gzipped and brotli-compressed. What a CMS page downloads is bench/pages.mjs. Used by `npm run bench` (table)
// and by `npm test` (budgets).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { hostilePage } from './hostile-page.mjs';
import { minifyCssTemplates } from './minify-css-templates.mjs';
import { minifyHtmlTemplates } from './minify-html-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const packsDir = resolve(root, 'src/content/packs');

/** Every element folder is an entry to weigh: a new element gets its row (and needs a ceiling). */
const TAGS = readdirSync(resolve(root, 'src/elements')).sort();

/** Targets in bytes of gzip, from the quality issue (#8). */
export const BUDGETS = {
  bundle: 35 * 1024,
  codeWithoutPacks: 20 * 1024,
  element: 12 * 1024,
};

/**
 * What `npm test` enforces: the measured, fully minified size rounded up to the next half
 * kilobyte, so any real growth fails the build. Five ceilings sit above the targets because
 * those targets leave no room for the fixed costs `npm run bench` prints as floors: Lit with
 * @lit/context and the shared base is 6.8 kB before an element draws anything, and zod/mini
 * validation 8.8 kB. See README "Performance". Lower these as the code shrinks; never raise
 * one without saying why in the commit.
 */
export const CEILINGS = {
  // Raised with server-render hydration in the base and heading levels that follow the page
  // (issues 15.3 and 16.7), measured after both met full minification; then the FAQ's
  // enhancement of pasted markup in place, highlights and a filter that never re-renders
  // (issues 15.4 and 17.6: about 0.9 kB); and for issue 14 (hostile pages): the one URL and
  // phone guard, null-prototype copies of content, the src timeout, per-document JSON-LD,
  // and in the single file the hostile-page guard; then the clinical-safety content of issue
  // 13 (regions, lines and the international fallback in the crisis banner, which must render
  // on first paint; safety reasons and plainer text in the questionnaire; French « par le Dr
  // X, le … »; psilocybin's own caveats). Then the locale controller (issue 17.2, about
  // 0.7 kB per element) while the old two-language catalogue still sits in the base: lowered
  // as each element's strings move into their own per-locale chunks. Lowered when the
  // disclaimer, evidence card and FAQ took their strings and packs into per-locale modules
  // (issue 17.2; the evidence's figures and sources once for every locale); the one ceiling
  // raised there, "packs left out" by 0.5 kB, is the single file's wrapper around each of
  // those modules (it inlines every locale's, each behind its own lazy import).
  // Then the questionnaire's load on use (issue 17.3), which one file cannot benefit from but
  // carries: its first screen's strings in both languages, the observer and the wait on
  // Start, and the engine as a module namespace (export names kept) where it was inlined:
  // raised 1 kB each (63.91 and 52.24 kB measured). Then the quick exit (issue 21): a sixth
  // element in the single file, and in the banner and the questionnaire its styles, the slot
  // that loads its code only when shown, and the banner's share of the sticky budget.
  // Then <cost-estimate> (issue 20): a seventh element with its strings, its price pack in both
  // languages and its schema (about 4.9 kB in the single file, 4.1 kB without packs: 71.80 and 59.27 kB measured).
  // Then <key-takeaways> and <source-list> (issue 19): two elements, their packs in both
  // locales and the source registry: 80 and 64.5 kB (79.84 and 64.20 measured with issue 20).
  // Then numbers, percentages, Canadian dollars and the singular written by hand (issue 17.5:
  // a page's first Intl.NumberFormat is a 12 to 24 ms task on the load path): +0.35 kB each.
  // Then the questionnaire's steps in a module of their own, loaded with its engine: one file
  // leaves nothing for later yet carries the boundary (the module's lazy wrapper and the small
  // interface through which it reads and changes the element's state): +0.6 kB each (80.80
  // and 65.16 kB measured); with lang and dir in every template for the server's HTML, 81.06.
  bundle: 81.5 * 1024,
  codeWithoutPacks: 65.5 * 1024,
  // No shadow root of its own in a browser (adopts `display: contents` for the document): its
  // upgrade no longer lays the whole article out again (Lighthouse LCP 2.0 -> 1.0-1.5 s).
  'clinic-context': 9 * 1024,
  // The measured sticky fit (issue 16) costs 0.74 kB; issue 14's copies and timeout 0.07 kB
  // more; issue 13's regions and lines about 0.9 kB (first paint, so not loaded later).
  // Lowered when number formatting left the shared base for the elements that show figures.
  'crisis-banner': 14 * 1024,
  'medical-disclaimer': 11.5 * 1024,
  // Numbers its citations by a <source-list> on the page (issue 19): the small citing side of
  // the source registry and its strings, about 0.45 kB; the registry itself loads with a list.
  'evidence-card': 15 * 1024,
  // Lowered from 24.5 kB: the engine and the question text load on use (issue 17.3); from 18:
  // the code that draws and drives the questions, the check and the result loads with them.
  'eligibility-check': 13.5 * 1024,
  'faq-list': 17 * 1024,
  // Lit and the base, the control (button, Shift shortcut, overlay), the URL guard, the sticky fit.
  'quick-exit': 12 * 1024,
  // The estimator (pathways, a number field, the sum, deposit, insurance and a live region)
  // over the shared base; its price pack and the validator load on use.
  'cost-estimate': 15 * 1024,
  'key-takeaways': 12 * 1024,
  'source-list': 14 * 1024,
};

/** Replaces each built-in pack with empty exports, to weigh the code alone. */
function withoutPacks() {
  return {
    name: 'clinic-widgets:without-packs',
    enforce: 'pre',
    async load(id) {
      if (!id.startsWith(packsDir)) return null;
      const source = readFileSync(id.split('?')[0], 'utf8');
      const names = [...source.matchAll(/export\s+(?:const|function)\s+([A-Za-z0-9_$]+)/g)];
      const empty = names.map((m) => `export const ${m[1]} = {};`);
      // Per-locale pack modules export their pack as default.
      if (/export\s+default\b/.test(source)) empty.push('export default {};');
      return empty.join('\n') || 'export {};';
    },
  };
}

/**
 * Bundles one entry as a consumer's bundler would. `initial` is what loads with the entry (its
 * static imports); `lazy` is what loads only when used (a schema when an author gives content,
 * a pack when it is shown). With `oneFile`, everything is inlined (the CMS bundle).
 */
async function bundle(entry, { packs = true, oneFile = false, guarded = false } = {}) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      minifyCssTemplates(),
      minifyHtmlTemplates(),
      // The CMS builds carry the hostile-page guard (vite.config.ts): weigh it too.
      ...(guarded ? [hostilePage()] : []),
      ...(packs ? [] : [withoutPacks()]),
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'out.js' },
      // Lib mode keeps an ES build's white space unless told: weigh it fully minified.
      rolldownOptions: { output: { codeSplitting: !oneFile, minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((c) => c.isEntry));
  const lazy = chunks.filter((c) => !initial.has(c));
  const join = (list) => list.map((c) => c.code).join('\n');
  return {
    ...weigh(join([...initial])),
    lazyGzip: lazy.length ? weigh(join(lazy)).gzip : 0,
  };
}

function weigh(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Every row of the size table, with its budget. */
export async function measureSizes() {
  const rows = [];
  const index = resolve(root, 'src/index.ts');
  rows.push({
    name: 'clinic-widgets-all.js (the single-file build: every element, every pack)',
    ...(await bundle(index, { oneFile: true, guarded: true })),
    budget: BUDGETS.bundle,
    ceiling: CEILINGS.bundle,
  });
  rows.push({
    name: 'every element with validation, packs left out',
    ...(await bundle(index, { packs: false, oneFile: true, guarded: true })),
    budget: BUDGETS.codeWithoutPacks,
    ceiling: CEILINGS.codeWithoutPacks,
  });
  for (const tag of TAGS) {
    if (!CEILINGS[tag]) throw new Error(`scripts/sizes.mjs: give <${tag}> a ceiling in CEILINGS`);
    const entry = resolve(root, `src/elements/${tag}/${tag}.ts`);
    rows.push({
      name: `${tag}.js with Lit`,
      ...(await bundle(entry)),
      budget: BUDGETS.element,
      ceiling: CEILINGS[tag],
    });
  }
  return rows;
}

/**
 * What any entry starts from before its own code: the fixed costs the targets must leave room
 * for (the floors are small real entries in bench/floors/).
 */
const FLOORS = [
  ['lit-element.ts', 'a bare LitElement'],
  ['clinic-element.ts', 'Lit, @lit/context and the shared ClinicElement base (every element)'],
  ['zod-object.ts', 'zod/mini: one object with one string field'],
  ['validation.ts', 'validation as the elements load it: zod/mini, 3 schemas, reader'],
];

export async function measureFloors() {
  const rows = [];
  for (const [file, name] of FLOORS) {
    rows.push({ name, ...(await bundle(resolve(root, 'bench/floors', file), { oneFile: true })) });
  }
  return rows;
}

export function formatFloors(rows) {
  const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
  return [
    '| floor | min | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
  ].join('\n');
}

export function formatTable(rows) {
  const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
  const lines = [
    '| entry | min | gzip | brotli | loaded on use (gzip) | target (gzip) | enforced ceiling |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.lazyGzip ? kb(r.lazyGzip) : '-'} | ${kb(r.budget)} ${r.gzip <= r.budget ? 'met' : `missed by ${kb(r.gzip - r.budget)}`} | ${kb(r.ceiling)} |`,
    ),
  ];
  return lines.join('\n');
}
