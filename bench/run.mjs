// `npm run bench`: sizes (min, gzip, brotli against the budgets) and speed in Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { formatFloors, formatTable, measureFloors, measureSizes } from '../scripts/sizes.mjs';
import { formatRichTextBench, runRichTextBench } from './rich-text.bench.mjs';
import { launchChromium, serve } from './serve.mjs';

const ms = (n) => `${n.toFixed(2)} ms`;

console.log('## Size (each entry bundled with everything it imports, minified)\n');
console.log(formatTable(await measureSizes()));
console.log('\n## Fixed costs (what every entry, or every validation, starts from)\n');
console.log(formatFloors(await measureFloors()));
console.log('\n## FAQ answer parser on adversarial input (Node)\n');
console.log(formatRichTextBench(runRichTextBench()));

// Always the current code: a stale dist/ would measure yesterday's bundle.
execSync('npx vite build --mode bundle --logLevel warn', { stdio: 'inherit' });
const server = await serve();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/speed.html`);
  const result = await page.evaluate(() => window.__bench);
  console.log(
    `\n## Speed in Chromium (${await browser.version()}, medians and 95th percentiles of 30 runs)\n`,
  );
  console.log(`Script start to all five elements rendered: ${ms(result.allRendered)}\n`);
  console.log(
    '| element | first render (median) | first render (p95) | update | update (median) | update (p95) |',
  );
  console.log('| --- | ---: | ---: | --- | ---: | ---: |');
  for (const r of result.elements) {
    console.log(
      `| ${r.tag} | ${ms(r.firstMedian)} | ${ms(r.firstP95)} | ${r.update} | ${ms(r.updateMedian)} | ${ms(r.updateP95)} |`,
    );
  }
  if (existsSync('bench/faq-bench.mjs')) {
    const { runFaqBench } = await import('./faq-bench.mjs');
    await runFaqBench({ browser, origin: server.origin });
  }
} finally {
  await browser.close();
  server.close();
}
