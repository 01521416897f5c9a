// <faq-list> with 1,000 and 5,000 questions in Chromium: first render, and one filter
// keystroke (median and 95th percentile; the budget is a p95 of 8 ms at 1,000 questions, half
// a 60 Hz frame: the filter only hides and shows rows, it never re-renders them). Prints
// figures only. Called by bench/run.mjs, or alone: `node bench/faq-bench.mjs`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const BUDGET_MS = 8;
const SIZES = [1000, 5000];
const ms = (n) => `${n.toFixed(2)} ms`;

/** The element from src/ (Lit's production build) and the two English packs the page builds questions from. */
async function bundle() {
  const result = await build({
    stdin: {
      contents: `import './src/elements/faq-list/faq-list.ts';
        import addiction from './src/content/packs/faq-ketamine-addiction/en.ts';
        import addictive from './src/content/packs/faq-ketamine-addictive/en.ts';
        window.__faqPacks = [addiction, addictive];`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Runs the page in an open browser and prints the figures; returns them too. */
export async function runFaqBench({ browser, origin }) {
  const code = await bundle();
  const results = [];
  for (const questions of SIZES) {
    // A fresh page per size, so one list's garbage does not land in the other's figures.
    const page = await browser.newPage();
    try {
      page.on('pageerror', (e) => console.error('page error:', e.message));
      page.on(
        'console',
        (m) => m.type() === 'error' && console.error('console:', m.text().slice(0, 400)),
      );
      await page.goto(`${origin}/bench/faq.bench.html`);
      await page.addScriptTag({ type: 'module', content: code });
      results.push(await page.evaluate((n) => window.faqBench(n), questions));
    } finally {
      await page.close();
    }
  }
  console.log('\n## <faq-list>: searchable, JSON child\n');
  console.log('| questions | measure | median | p95 | max | runs |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const n = r.questions.toLocaleString('en');
    console.log(
      `| ${n} | first render (cold ${ms(r.firstRender.cold)}) | ${ms(r.firstRender.median)} | ${ms(r.firstRender.p95)} | | ${r.firstRender.runs} |`,
    );
    console.log(
      `| ${n} | one filter keystroke | ${ms(r.keystroke.median)} | ${ms(r.keystroke.p95)} | ${ms(r.keystroke.max)} | ${r.keystroke.runs} |`,
    );
    console.log(
      `| ${n} | keystroke to every row right (later tasks) | ${ms(r.everyRow.median)} | ${ms(r.everyRow.p95)} | ${ms(r.everyRow.max)} | ${r.everyRow.runs} |`,
    );
  }
  const budgeted = results.find((r) => r.questions === 1000);
  const verdict = budgeted.keystroke.p95 <= BUDGET_MS ? 'within' : 'OVER';
  console.log(
    `\nFilter keystroke p95 at 1,000 questions ${ms(budgeted.keystroke.p95)}: ${verdict} the ${BUDGET_MS} ms budget; long tasks while typing: ${results.map((r) => `${r.longTasks} at ${r.questions.toLocaleString('en')}`).join(', ')}.`,
  );
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await serve();
  const browser = await launchChromium('faq bench');
  try {
    console.log(`Chromium ${await browser.version()}`);
    await runFaqBench({ browser, origin: server.origin });
  } finally {
    await browser.close();
    server.close();
  }
}
