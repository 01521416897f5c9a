// Measures what a consumer ships: each entry bundled with everything it imports (Lit
// included), minified, then gzipped and brotli-compressed. Used by `npm run bench` (table)
// and by `npm test` (budgets).
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const packsDir = resolve(root, 'src/content/packs');

export const TAGS = [
  'clinic-context',
  'crisis-banner',
  'medical-disclaimer',
  'evidence-card',
  'eligibility-check',
  'faq-list',
];

/** Budgets in bytes of gzip, from the quality issue. */
export const BUDGETS = {
  bundle: 35 * 1024,
  codeWithoutPacks: 20 * 1024,
  element: 12 * 1024,
};

/** Replaces each built-in pack with empty exports, to weigh the code alone. */
function withoutPacks() {
  return {
    name: 'clinic-widgets:without-packs',
    enforce: 'pre',
    async load(id) {
      if (!id.startsWith(packsDir)) return null;
      const { readFileSync } = await import('node:fs');
      const source = readFileSync(id.split('?')[0], 'utf8');
      const names = [...source.matchAll(/export\s+const\s+([A-Za-z0-9_$]+)/g)].map((m) => m[1]);
      return names.map((name) => `export const ${name} = {};`).join('\n') || 'export {};';
    },
  };
}

async function bundle(entry, { packs = true } = {}) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: packs ? [] : [withoutPacks()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'out.js' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const code = chunks.filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
  return weigh(code);
}

export function weigh(code) {
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
  rows.push({ name: 'clinic-widgets.js (every element, every pack)', ...(await bundle(index)), budget: BUDGETS.bundle });
  rows.push({
    name: 'every element, packs left out',
    ...(await bundle(index, { packs: false })),
    budget: BUDGETS.codeWithoutPacks,
  });
  for (const tag of TAGS) {
    const entry = resolve(root, `src/elements/${tag}/${tag}.ts`);
    if (!existsSync(entry)) continue;
    rows.push({ name: `${tag}.js with Lit`, ...(await bundle(entry)), budget: BUDGETS.element });
  }
  return rows;
}

export function formatTable(rows) {
  const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
  const lines = [
    '| entry | min | gzip | brotli | gzip budget | |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.budget)} | ${r.gzip <= r.budget ? 'ok' : 'OVER'} |`,
    ),
  ];
  return lines.join('\n');
}

export const packFiles = () => (existsSync(packsDir) ? readdirSync(packsDir) : []);
