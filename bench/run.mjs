// `npm run bench`: sizes (entries and real pages against their targets), speed in Chromium
// against five trivial Lit elements, long tasks (also with the CPU throttled 4x), and
// Lighthouse on a partner's article page.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { formatFloors, formatTable, measureFloors, measureSizes } from '../scripts/sizes.mjs';
import { formatRichTextBench, runRichTextBench } from './rich-text.bench.mjs';
import {
  LOADER_TARGET,
  buildSameDomYardstick,
  buildYardstick,
  formatPages,
  loadPage,
  weighPages,
} from './pages.mjs';
import { launchChromium, serve } from './serve.mjs';

const ms = (n) => `${n.toFixed(2)} ms`;
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = 9;

console.log('## Size of each npm entry (bundled with everything it imports, minified)\n');
console.log(formatTable(await measureSizes()));
console.log('\n## Fixed costs (what every entry, or every validation, starts from)\n');
console.log(formatFloors(await measureFloors()));
console.log('\n## FAQ answer parser on adversarial input (Node)\n');
console.log(formatRichTextBench(runRichTextBench()));

// Always the current code: a stale dist/ would measure yesterday's build.
execSync('npx vite build --mode bundle --logLevel warn', { stdio: 'inherit' });
await buildYardstick();
const server = await serve();
const browser = await launchChromium();
try {
  console.log('\n## What a CMS page downloads (gzip of every JavaScript response)\n');
  const pages = await weighPages(browser, server.origin);
  console.log(formatPages(pages));
  const loader = pages[0].loaderGzip;
  console.log(
    `\nThe loader, clinic-widgets.js: ${kb(loader)} (target ${kb(LOADER_TARGET)}: ${loader <= LOADER_TARGET ? 'met' : 'missed'})`,
  );
  for (const page of pages) {
    console.log(
      `\n${page.name}: ${page.files.map((f) => `${f.path.split('/').pop()} ${kb(f.gzip)}`).join(', ')}`,
    );
  }

  // Alternating runs of the three pages, cache off, so all see the same machine load.
  await buildSameDomYardstick(browser, server.origin);
  const widgets = [];
  const trivial = [];
  const sameDom = [];
  for (let i = 0; i < RUNS; i += 1) {
    trivial.push(await loadPage(browser, `${server.origin}/bench/pages/trivial-lit.html`));
    sameDom.push(await loadPage(browser, `${server.origin}/dist/bench/same-dom.html`));
    widgets.push(await loadPage(browser, `${server.origin}/bench/pages/all-five-en.html`));
  }
  const slowed = [];
  for (let i = 0; i < 3; i += 1) {
    slowed.push(
      await loadPage(browser, `${server.origin}/bench/pages/all-five-en.html`, { cpuSlowdown: 4 }),
    );
  }
  const ours = median(widgets.map((r) => r.rendered));
  const yardstick = median(trivial.map((r) => r.rendered));
  console.log(`\n## Speed in Chromium (${await browser.version()}, medians of ${RUNS} loads)\n`);
  console.log('| measure | figure | target |');
  console.log('| --- | ---: | --- |');
  console.log(`| script start to all five rendered (English page) | ${ms(ours)} | |`);
  console.log(`| script start to five trivial Lit elements rendered | ${ms(yardstick)} | |`);
  console.log(
    `| ratio | ${(ours / yardstick).toFixed(2)} | at most 2.0: ${ours / yardstick <= 2 ? 'met' : 'missed'} |`,
  );
  const same = median(sameDom.map((r) => r.rendered));
  console.log(
    `| script start to the same DOM and styles drawn by five plain Lit elements (one file) | ${ms(same)} | |`,
  );
  console.log(
    `| ratio of the widgets to the same DOM (their logic, files and packs) | ${(ours / same).toFixed(2)} | reported |`,
  );
  console.log(
    `| ratio of the same DOM to the trivial elements (the content itself) | ${(same / yardstick).toFixed(2)} | reported |`,
  );
  const longest = Math.max(...widgets.map((r) => r.longestTask));
  const longestSlowed = Math.max(...slowed.map((r) => r.longestTask));
  console.log(
    `| longest task while the all-five page loads (of ${RUNS} loads; 0 = none over 50 ms) | ${ms(longest)} | none over 50 ms: ${longest <= 50 ? 'met' : 'missed'} |`,
  );
  console.log(`| the same, CPU throttled 4x (of 3 loads) | ${ms(longestSlowed)} | reported |`);
  console.log(
    `| script start to all five rendered, CPU throttled 4x | ${ms(median(slowed.map((r) => r.rendered)))} | reported |`,
  );

  await perElementSpeed(browser, server.origin);
  if (existsSync('bench/faq-bench.mjs')) {
    const { runFaqBench } = await import('./faq-bench.mjs');
    await runFaqBench({ browser, origin: server.origin });
  }
  await runLighthouse(browser, `${server.origin}/bench/pages/article.html`);
} finally {
  await browser.close();
  server.close();
}

/** Each element's first render and an update, in a page with all five (bench/speed.html). */
async function perElementSpeed(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/speed.html`);
  const result = await page.evaluate(() => window.__bench);
  await page.close();
  console.log('\n## Each element (medians and 95th percentiles of 30 runs)\n');
  console.log(
    '| element | first render (median) | first render (p95) | update | update (median) | update (p95) |',
  );
  console.log('| --- | ---: | ---: | --- | ---: | ---: |');
  for (const r of result.elements) {
    console.log(
      `| ${r.tag} | ${ms(r.firstMedian)} | ${ms(r.firstP95)} | ${r.update} | ${ms(r.updateMedian)} | ${ms(r.updateP95)} |`,
    );
  }
}

/** Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G link, simulated). */
async function runLighthouse(browser, url) {
  let lighthouse;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch {
    console.log('\n(Lighthouse is not installed: `npm install` for the Lighthouse figures.)');
    return;
  }
  const port = Number(new URL(browser.wsEndpoint()).port);
  const runs = [];
  for (let i = 0; i < 3; i += 1) {
    const { lhr } = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    runs.push(lhr);
  }
  const pick = (lhr) => ({
    score: Math.round(lhr.categories.performance.score * 100),
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
  });
  const results = runs.map(pick);
  console.log(
    `\n## Lighthouse ${runs[0].lighthouseVersion}, mobile, bench/pages/article.html (3 runs)\n`,
  );
  console.log('| run | performance | total blocking time | CLS | FCP | LCP |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  results.forEach((r, i) =>
    console.log(
      `| ${i + 1} | ${r.score} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${ms(r.fcp)} | ${ms(r.lcp)} |`,
    ),
  );
  const worst = {
    score: Math.min(...results.map((r) => r.score)),
    tbt: Math.max(...results.map((r) => r.tbt)),
    cls: Math.max(...results.map((r) => r.cls)),
  };
  console.log(
    `\nTargets (worst run): performance 100 ${worst.score === 100 ? 'met' : `missed (${worst.score})`}, TBT at most 50 ms ${worst.tbt <= 50 ? 'met' : 'missed'}, CLS 0 ${worst.cls === 0 ? 'met' : 'missed'}`,
  );
}
