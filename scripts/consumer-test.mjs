// The consumer test: what a partner team does with the published package, not with our
// source. It builds the package, packs the tarball (`npm pack`, as `npm publish` would), installs
// only the tarball into throwaway apps (vanilla TypeScript, React 19, React 18 with the
// wrappers, Vue 3, Svelte 5; their toolchains come from this project's node_modules), type-checks
// each with its framework's checker, builds each for production with Vite and esbuild (and
// webpack, for the apps that need no Vue or Svelte compiler),
// then loads every build in Chromium and checks that each imported tag is defined and renders,
// that a tag never imported stays undefined, that events reach the framework, and that
// importing one element ships clearly less than importing them all.
//
// Run by `npm test` (and alone: `node scripts/consumer-test.mjs`). Apps: test/consumers/apps/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const appsDir = join(root, 'test/consumers/apps');
const work = join(root, 'test-results/consumers');
const react18 = join(root, 'test/consumers/react-18/node_modules');
const bin = (name) => join(root, 'node_modules/.bin', name);
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const failures = [];
const fail = (message) => void failures.push(message);
const timings = [];
async function timed(label, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings.push([label, (performance.now() - start) / 1000]);
  }
}
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe', ...options });

/** Runs a checker; returns its output and whether it exited 0. */
function check(command, args, cwd) {
  try {
    return { ok: true, output: run(command, args, { cwd }) };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

// 1. The tarball, as `npm publish` would make it.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
await timed('npm run build', () => run('npm', ['run', 'build', '--silent']));
const [packed] = await timed('npm pack', () =>
  JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work])),
);
const shipped = packed.files.map((file) => file.path);
for (const required of [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
])
  if (!shipped.includes(required)) fail(`tarball: ${required} is missing`);
const demo = shipped.filter((path) => path.startsWith('dist/demo/'));
if (demo.length)
  fail(`tarball: ships the designer preview (${demo.length} files under dist/demo/)`);

// 2. Only the tarball is installed; npm takes its dependencies from the cache `npm ci` filled.
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({ name: 'consumer-apps', private: true, type: 'module' }, null, 2),
);
await timed('npm install <tarball>', () =>
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `./${packed.filename}`,
    ],
    { cwd: work },
  ),
);
const installed = join(work, 'node_modules', packed.name);
const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

// Every package the shipped modules import is one the package declares (a forgotten
// dependency would resolve here from this project's node_modules and hide the bug).
const declared = new Set([
  // Its own name resolves through its exports (a server renderer's `clinic-widgets/packs.js`).
  installedPkg.name,
  ...Object.keys(installedPkg.dependencies ?? {}),
  ...Object.keys(installedPkg.peerDependencies ?? {}),
]);
const jsFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|d\.ts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
for (const file of jsFiles(join(installed, 'dist'))) {
  const source = readFileSync(file, 'utf8');
  // A specifier has no white space: "from" followed by a quote in text (a JSON key in a
  // comment, `a "from" price`) is not an import.
  for (const [, fromSpecifier, importSpecifier] of source.matchAll(
    /\bfrom\s*["']([^"'./\s][^"'\s]*)["']|\bimport\s*["']([^"'./\s][^"'\s]*)["']/g,
  )) {
    const specifier = fromSpecifier ?? importSpecifier;
    if (!specifier) continue;
    const name = specifier.startsWith('@')
      ? specifier.split('/').slice(0, 2).join('/')
      : specifier.split('/')[0];
    if (!declared.has(name))
      fail(
        `${relative(installed, file)} imports "${specifier}", which package.json does not declare`,
      );
  }
}

// 3. The apps: copied beside the installed package, so `clinic-widgets` resolves to the tarball.
const isCustomElement = (tag) => tag.includes('-');
const apps = readdirSync(appsDir).map((name) => {
  const dir = join(work, name);
  cpSync(join(appsDir, name), dir, { recursive: true });
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'));
  return { name, dir, ...app };
});

const reactAlias = (app) =>
  app.react === 18
    ? { react: join(react18, 'react'), 'react-dom': join(react18, 'react-dom') }
    : {};

function tsconfigFor(app) {
  const paths =
    app.react === 18
      ? {
          react: [join(react18, '@types/react')],
          'react/*': [join(react18, '@types/react/*')],
          'react-dom/*': [join(react18, '@types/react-dom/*')],
        }
      : undefined;
  return {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      jsx: 'react-jsx',
      isolatedModules: true,
      verbatimModuleSyntax: true,
      // Our own .d.ts files (and Lit's) are checked too, once, in the vanilla app.
      skipLibCheck: app.name !== 'vanilla-all',
      types: [],
      ...(paths ? { paths } : {}),
    },
    include: ['src'],
  };
}

// 3a. Type checks: the app must pass; every line marked as an expected error must fail.
for (const app of apps.filter((a) => a.typecheck)) {
  writeFileSync(join(app.dir, 'tsconfig.json'), JSON.stringify(tsconfigFor(app), null, 2));
  await timed(`${app.name}: ${app.typecheck}`, () => {
    if (app.typecheck === 'svelte-check') {
      const result = check(
        bin('svelte-check'),
        ['--tsconfig', './tsconfig.json', '--output', 'machine'],
        app.dir,
      );
      const errors = result.output.split('\n').filter((line) => /^\d+ ERROR /.test(line));
      const byFile = {};
      for (const line of errors) {
        const file = JSON.parse(line.replace(/^\d+ ERROR /, '').match(/^"[^"]*"/)[0]);
        byFile[file] = (byFile[file] ?? 0) + 1;
      }
      const expected = app.expectErrors ?? {};
      for (const file of new Set([...Object.keys(byFile), ...Object.keys(expected)])) {
        if ((byFile[file] ?? 0) !== (expected[file] ?? 0))
          fail(
            `${app.name}: svelte-check found ${byFile[file] ?? 0} errors in ${file}, expected ${expected[file] ?? 0}\n${errors.join('\n')}`,
          );
      }
      if (!/COMPLETED/.test(result.output))
        fail(`${app.name}: svelte-check did not run\n${result.output}`);
      return;
    }
    const result = check(bin(app.typecheck), ['-p', 'tsconfig.json'], app.dir);
    if (!result.ok) fail(`${app.name}: ${app.typecheck} failed\n${result.output}`);
  });
}

// 3b. Production builds.
const { build: viteBuild } = await import('vite');
const esbuild = await import('esbuild');
const { default: webpack } = await import('webpack');
const { EsbuildPlugin } = await import('esbuild-loader');
const vuePlugin = (await import('@vitejs/plugin-vue')).default;
const { svelte: sveltePlugin } = await import('@sveltejs/vite-plugin-svelte');
const { parse: parseSfc, compileScript } = await import('vue/compiler-sfc');
const { compile: compileSvelte } = await import('svelte/compiler');

/** esbuild has no Vue or Svelte support of its own: the frameworks' compilers, as plugins do. */
const esbuildFrameworks = {
  name: 'consumer-frameworks',
  setup(build) {
    build.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor } = parseSfc(readFileSync(path, 'utf8'), { filename: path });
      const id = createHash('sha256').update(path).digest('hex').slice(0, 8);
      const script = compileScript(descriptor, {
        id,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
    build.onLoad({ filter: /\.svelte$/ }, ({ path }) => {
      const { js } = compileSvelte(readFileSync(path, 'utf8'), {
        filename: path,
        generate: 'client',
      });
      return { contents: js.code, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

const builds = [];
for (const app of apps) {
  for (const bundler of app.bundlers ?? ['vite', 'esbuild', 'webpack']) {
    const outDir = join(app.dir, 'out', bundler);
    const built = await timed(`${app.name}: ${bundler} build`, async () => {
      if (bundler === 'vite') {
        await viteBuild({
          root: app.dir,
          base: './',
          configFile: false,
          logLevel: 'warn',
          plugins: [
            vuePlugin({ template: { compilerOptions: { isCustomElement } } }),
            sveltePlugin({ configFile: false }),
          ],
          resolve: { alias: reactAlias(app) },
          build: { outDir, emptyOutDir: true, target: 'es2022' },
        });
      } else if (bundler === 'esbuild') {
        await esbuild.build({
          entryPoints: { main: join(app.dir, app.entry) },
          absWorkingDir: app.dir,
          bundle: true,
          splitting: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          outdir: outDir,
          jsx: 'automatic',
          alias: reactAlias(app),
          define: {
            'process.env.NODE_ENV': '"production"',
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
          plugins: [esbuildFrameworks],
          logLevel: 'error',
        });
      } else {
        // webpack for the apps with no Vue or Svelte compiler step (TypeScript through esbuild-loader).
        await new Promise((done, failed) =>
          webpack(
            {
              mode: 'production',
              context: app.dir,
              entry: { main: join(app.dir, app.entry) },
              output: { path: outDir, filename: '[name].js', module: true, clean: true },
              experiments: { outputModule: true },
              target: ['web', 'es2022'],
              devtool: false,
              performance: { hints: false },
              // esbuild minifies (tree shaking and sideEffects are still webpack's): terser takes ~10x longer.
              optimization: { minimizer: [new EsbuildPlugin({ target: 'es2022', format: 'esm' })] },
              resolve: { extensions: ['.ts', '.tsx', '.js'], alias: reactAlias(app) },
              module: {
                rules: [
                  {
                    test: /\.tsx?$/,
                    loader: 'esbuild-loader',
                    options: { target: 'es2022', jsx: 'automatic' },
                  },
                ],
              },
            },
            (error, stats) =>
              error
                ? failed(error)
                : stats.hasErrors()
                  ? failed(new Error(stats.toString('errors-only')))
                  : done(),
          ),
        );
      }
      if (bundler !== 'vite') {
        const html = readFileSync(join(app.dir, 'index.html'), 'utf8').replace(
          /src="\.\/src\/[^"]+"/,
          'src="./main.js"',
        );
        writeFileSync(join(outDir, 'index.html'), html);
      }
      return true;
    }).catch((error) =>
      fail(
        `${app.name} (${bundler}): the build failed: ${error.message.split('\n').slice(0, 8).join('\n')}`,
      ),
    );
    if (!built) continue;
    const js = readdirSync(outDir, { recursive: true }).filter((file) =>
      String(file).endsWith('.js'),
    );
    const gzip = js.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length,
      0,
    );
    builds.push({ app, bundler, outDir, gzip });
  }
}

// 3c. One element ships clearly less than all of them (at most half), with each bundler.
for (const bundler of ['vite', 'esbuild', 'webpack']) {
  const size = (name) =>
    builds.find((b) => b.app.name === name && b.bundler === bundler)?.gzip ?? NaN;
  const one = size('vanilla-one');
  const all = size('vanilla-all');
  if (!(one <= all / 2))
    fail(`${bundler}: importing one element ships ${one} B gzip, more than half of all (${all} B)`);
}

// 4. Each build in Chromium.
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((request, response) => {
  const path = resolve(work, `.${decodeURIComponent(new URL(request.url, 'http://x').pathname)}`);
  if (path === join(work, 'favicon.ico')) {
    response.writeHead(204).end(); // Chromium asks for one; the apps have none.
    return;
  }
  if (!path.startsWith(work + sep) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  response.end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  for (const build of builds) {
    const { app, bundler } = build;
    const label = `${app.name} (${bundler})`;
    await timed(`${label}: in Chromium`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/^Failed to load resource/.test(message.text()))
          errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} for ${response.url()}`);
      });
      await page.goto(`${origin}/${relative(work, build.outDir).split(sep).join('/')}/index.html`);
      const found = await page.evaluate(
        async ({ tags, absent }) => {
          // One bound on waiting, so a tag that is never defined fails instead of hanging.
          const deadline = new Promise((_, no) => setTimeout(() => no(new Error('timeout')), 8000));
          const within = (promise) => Promise.race([promise, deadline]);
          await Promise.allSettled(tags.map((tag) => within(customElements.whenDefined(tag))));
          const result = {};
          for (const tag of tags) {
            if (!customElements.get(tag)) {
              result[tag] = 'never defined';
              continue;
            }
            const element = document.querySelector(tag);
            if (!element) {
              result[tag] = 'not on the page';
              continue;
            }
            await within(element.updateComplete).catch(() => undefined);
            const text = element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
            // <clinic-context> shows only its children; every widget shows its own content.
            result[tag] =
              tag === 'clinic-context' || text.length > 20 ? 'ok' : `renders nothing ("${text}")`;
          }
          for (const tag of absent)
            if (customElements.get(tag)) result[tag] = 'defined, never imported';
          return result;
        },
        { tags: app.tags, absent: app.absent },
      );
      for (const [tag, state] of Object.entries(found))
        if (state !== 'ok') fail(`${label}: <${tag}> ${state}`);

      // A question opened in the FAQ reaches the app's own handler, which re-renders.
      if (app.tags.includes('faq-list') && found['faq-list'] === 'ok') {
        await page.evaluate(() =>
          document
            .querySelector('faq-list')
            .shadowRoot.querySelector('button[aria-expanded]')
            .click(),
        );
        await page
          .waitForFunction(() => document.querySelector('#faq-toggles')?.textContent === '1', {
            timeout: 8000,
          })
          .catch(() => fail(`${label}: the faq-toggle event did not reach the app`));
      }
      for (const [selector, text] of Object.entries(app.text ?? {})) {
        await page
          .waitForFunction(
            (s, t) => document.querySelector(s)?.textContent === t,
            { timeout: 8000 },
            selector,
            text,
          )
          .catch(() => fail(`${label}: ${selector} never showed "${text}"`));
      }
      for (const error of errors) fail(`${label}: console error: ${error}`);
      await page.close();
    });
  }
} finally {
  await browser.close();
  server.close();
}

// 5. The report.
console.log(
  `\nconsumer apps from ${packed.filename} (${(packed.size / 1024).toFixed(1)} kB packed, ${packed.entryCount} files):`,
);
for (const build of builds) {
  console.log(
    `  ${`${build.app.name} (${build.bundler})`.padEnd(24)} ${(build.gzip / 1024).toFixed(1).padStart(6)} kB gzip JS  ${build.app.tags.join(', ')}`,
  );
}
const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(
  `  took ${total.toFixed(1)} s: ${timings.map(([label, s]) => `${label} ${s.toFixed(1)} s`).join('; ')}`,
);
if (failures.length) {
  console.error(`\nconsumers: ${failures.length} failed\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`consumers: ${builds.length} builds passed, 0 failed`);
