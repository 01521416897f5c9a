// `npm run bench`: the FAQ answer parser on adversarial input (issue #14.11): 100 kB of each
// in under 10 ms, and linear (10 times the input, about 10 times the time). Node, no browser.
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: ['src/content/rich-text.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
  logLevel: 'silent',
});
const { parseRichText } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

/** Inputs that make a backtracking tokenizer or a naive tag stack quadratic, `size` long. */
export function adversarial(size) {
  const fill = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    'unclosed tags `<a <a <a …`': fill('<a '),
    'unclosed attributes `<a x="<a x="…`': fill('<a x="'),
    'attribute runs `<a b b b …` with no end': `<a${fill(' b')}`,
    'deep nesting, then stray ends `<em>…</li>…`':
      fill('<em>').slice(0, size / 2) + fill('</li>').slice(0, size / 2),
    'entities `&#x&#x&#…`': fill('&#x'),
    'comments and bangs `<!<!--<!`': fill('<!--<!'),
    'prose with links and emphasis': fill(
      '<p>Text with <a href="https://example.org/">a link</a> and <em>emphasis</em>.</p>',
    ),
  };
}

function median(input, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    parseRichText(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * Median time per 100 kB input, and how much longer 100 kB takes than 10 kB: about 10 for a
 * linear parser (about 100 for a quadratic one), a figure that holds on a busy machine.
 */
export function runRichTextBench() {
  const small = adversarial(10_000);
  return Object.entries(adversarial(100_000)).map(([name, input]) => {
    median(input, 5); // warm-up: the compiler settles before anything is timed
    const ms = median(input);
    return { name, ms, growth: ms / Math.max(median(small[name]), 0.01) };
  });
}

export function formatRichTextBench(rows) {
  const lines = ['| input | 100 kB, median of 15 | 100 kB vs 10 kB |', '| --- | ---: | ---: |'];
  for (const r of rows) {
    lines.push(`| ${r.name} | ${r.ms.toFixed(2)} ms | ×${r.growth.toFixed(1)} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatRichTextBench(runRichTextBench()));
}
