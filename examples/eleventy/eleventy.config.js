// Eleventy renders every page's clinic widgets on the server (declarative shadow DOM), so
// the crisis lines, the evidence and the FAQ are in the HTML before any script runs; the
// browser bundle (client.js) then hydrates them. Run from the repository root after
// `npm run build`: npx @11ty/eleventy --config=examples/eleventy/eleventy.config.js
//   --input=examples/eleventy/src --output=examples/eleventy/_site
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { build } from 'vite';
// The built-in packs first: a server renderer cannot wait for a pack to load when shown.
import 'clinic-widgets/packs.js';
import 'clinic-widgets';

const here = import.meta.dirname;

/** Renders the custom elements in a page's <body>; the rest of the page stays as written. */
async function renderWidgets(page) {
  const start = page.indexOf('>', page.indexOf('<body')) + 1;
  const end = page.lastIndexOf('</body>');
  if (start <= 0 || end < start) return page;
  const body = await collectResult(render(html`${unsafeHTML(page.slice(start, end))}`));
  return page.slice(0, start) + body + page.slice(end);
}

export default function (eleventyConfig) {
  eleventyConfig.addTransform('clinic-widgets-ssr', async function (content) {
    return (this.page.outputPath || '').endsWith('.html') ? renderWidgets(content) : content;
  });

  // The page's one script: hydrate support, the packs and the elements, bundled by Vite.
  eleventyConfig.on('eleventy.after', async ({ directories }) => {
    await build({
      configFile: false,
      root: here,
      logLevel: 'warn',
      build: {
        outDir: resolve(directories.output, 'assets'),
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: join(here, 'client.js'), formats: ['es'], fileName: () => 'site.js' },
        rolldownOptions: {
          // Hydrate support must run before Lit. The bundler moves Lit into a chunk of its own
          // (the elements load parts of themselves lazily), and a chunk an entry imports runs
          // before the entry's own first line: without this, Lit would start first, every
          // widget would render anew beside the server's HTML, and the page would show twice.
          output: { strictExecutionOrder: true },
          // packs.js loads at once what the elements would load lazily: that is its purpose.
          onLog(level, log, handler) {
            if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
          },
        },
      },
    });
  });
  // The reservation stylesheet, beside the script: the package's `clinic-widgets/clinic-widgets.css`
  // (resolved as any import is, so it works from node_modules as from this repository).
  eleventyConfig.addPassthroughCopy({
    [fileURLToPath(import.meta.resolve('clinic-widgets/clinic-widgets.css'))]:
      'assets/clinic-widgets.css',
  });
}
