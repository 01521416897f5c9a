// <faq-list> with 1,000 questions in Chromium: first render, and one filter keystroke
// (median and 95th percentile; the p95 budget is one 60 Hz frame, 16 ms). Prints figures
// only. Called by bench/run.mjs, or alone: `node bench/faq-bench.mjs`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const BUDGET_MS = 16;
const ms = (n) => `${n.toFixed(2)} ms`;

/** The element from src/ (Lit's production build) and the two packs the page builds questions from. */
async function bundle() {
  const result = await build({
    stdin: {
      contents: `import './src/elements/faq-list/faq-list.ts';
        import { faqKetamineAddiction } from './src/content/packs/faq-ketamine-addiction.ts';
        import { faqKetamineAddictive } from './src/content/packs/faq-ketamine-addictive.ts';
        window.__faqPacks = [faqKetamineAddiction, faqKetamineAddictive];`,
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
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/faq.bench.html`);
    await page.addScriptTag({ type: 'module', content: code });
    const r = await page.evaluate(() => window.faqBench());
    console.log(
      `\n## <faq-list> with ${r.questions.toLocaleString('en')} questions (searchable, JSON child)\n`,
    );
    console.log('| measure | median | p95 | runs |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(
      `| first render (cold run: ${ms(r.firstRender.cold)}) | ${ms(r.firstRender.median)} | ${ms(r.firstRender.p95)} | ${r.firstRender.runs} |`,
    );
    console.log(
      `| one filter keystroke (max ${ms(r.keystroke.max)}) | ${ms(r.keystroke.median)} | ${ms(r.keystroke.p95)} | ${r.keystroke.runs} |`,
    );
    const verdict = r.keystroke.p95 < BUDGET_MS ? 'within' : 'OVER';
    console.log(
      `\nFilter keystroke p95 ${ms(r.keystroke.p95)}: ${verdict} the ${BUDGET_MS} ms budget (one 60 Hz frame); long tasks while typing: ${r.longTasks}.`,
    );
    return r;
  } finally {
    await page.close();
  }
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
