// Part of `npm test` (after `vite build --mode bundle`): fails when any entry, any page or the
// loader grows past its enforced ceiling, and says which of the targets it meets.
import { LOADER_TARGET, formatPages, otherLocaleFiles, weighPages } from '../bench/pages.mjs';
import { launchChromium, serve } from '../bench/serve.mjs';
import { formatTable, measureSizes } from './sizes.mjs';

const rows = await measureSizes();
console.log(formatTable(rows));

// What a CMS page downloads: real pages in Chromium, every JavaScript response gzipped.
const server = await serve();
const browser = await launchChromium('size');
let pages;
try {
  pages = await weighPages(browser, server.origin);
} finally {
  await browser.close();
  server.close();
}
console.log(formatPages(pages));
const loader = pages[0].loaderGzip;
console.log(`the loader, clinic-widgets.js: ${(loader / 1024).toFixed(2)} kB gzip (at most 3 kB)`);

const foreign = pages.flatMap((p) => otherLocaleFiles(p).map((f) => `${p.name}: ${f}`));
if (foreign.length) {
  console.error(`size: a page downloads another locale's strings or packs: ${foreign.join('; ')}`);
  process.exit(1);
}

const over = [
  ...rows.filter((r) => r.gzip > r.ceiling).map((r) => r.name),
  ...pages.filter((p) => p.jsGzip > p.ceiling).map((p) => `the page with ${p.name}`),
  ...(loader > LOADER_TARGET || loader === 0 ? ['the loader'] : []),
];
if (over.length) {
  console.error(`size: over the enforced ceiling: ${over.join('; ')}`);
  process.exit(1);
}
const missed = rows.filter((r) => r.gzip > r.budget).length;
const targeted = pages.filter((p) => p.target !== undefined);
const pagesMissed = targeted.filter((p) => p.jsGzip > p.target).length;
console.log(
  `size: everything within its ceiling; ${rows.length - missed} of ${rows.length} entries and ${targeted.length - pagesMissed} of ${targeted.length} pages meet their target (README "Performance" says why the rest cannot yet)`,
);
