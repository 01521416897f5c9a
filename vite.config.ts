import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { hostilePage } from './scripts/hostile-page.mjs';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';
import { minifyHtmlTemplates } from './scripts/minify-html-templates.mjs';

const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

/** The npm modules: one per element plus the pure engine and the content model. */
export const libraryEntries: Record<string, string> = {
  index: src('index.ts'),
  eligibility: src('eligibility/index.ts'),
  content: src('content/index.ts'),
  // Every built-in pack at once, for server renderers (README: Server rendering).
  packs: src('packs.ts'),
};
// One module per element folder (src/elements/<tag>/<tag>.ts registers it).
for (const tag of readdirSync(src('elements'))) {
  libraryEntries[tag] = src(`elements/${tag}/${tag}.ts`);
}

/** Where the CMS build goes: the loader, its stylesheet and the chunks beside them. */
export const CDN_DIR = resolve(root, 'dist/cdn');
/** The single-file build, for a host that cannot serve a folder: every element, every pack. */
export const SINGLE_FILE_DIR = resolve(root, 'dist/single-file');

/**
 * The CMS build's shared chunks: Lit (with @lit/context) and the base every element uses, each
 * fetched once whatever the page shows. The rest splits by who imports it: an element's own
 * chunk, and what loads on use (validation, packs).
 */
const CDN_CHUNKS = [
  {
    // Lit's core and @lit/context; a directive stays with the elements that use it.
    name: 'lit',
    test: /node_modules[\\/](lit[\\/]index|lit-html[\\/](lit-html|is-server)|lit-element[\\/]|@lit[\\/](reactive-element|context)[\\/])/,
    priority: 2,
  },
  {
    name: 'base',
    // With the small modules several elements share (strings, notices, the content
    // controller, the display host and the event helper, each 0.1 kB on its own file): one
    // request instead of ten, for a few hundred bytes on a one-widget page.
    // Each element's and locale's strings and packs stay chunks of their own (a reader fetches
    // one locale). The catalogue indexes that name them go with the element that reads them,
    // here only those two elements share (the banner's, the quick exit's); the packs'
    // catalogues (content/pack-loaders) are a chunk of the elements that show packs, so a
    // page with only a banner downloads none of them. The content checker (content/issues)
    // comes with the author-content reader, the one code that uses it.
    test: /[\\/]src[\\/](internal[\\/](clinic-element|content-notice|locale-controller|sticky-stack|embedded-exit|exit-styles|display-host|emit)|i18n[\\/](catalogue|index|types|common[\\/]index)\.|elements[\\/](crisis-banner|quick-exit)[\\/]strings[\\/]index\.|styles|context|content[\\/](content-controller|crisis-support|lazy)|define|version)\b/,
    priority: 1,
  },
];

/** The reservation stylesheet ships beside the script (a linked file passes `style-src 'self'`). */
function stylesheet() {
  return {
    name: 'clinic-widgets:stylesheet',
    generateBundle(this: { emitFile(file: object): string }) {
      this.emitFile({
        type: 'asset',
        fileName: 'clinic-widgets.css',
        source: readFileSync(src('clinic-widgets.css'), 'utf8'),
      });
    },
  };
}

/**
 * Chunks loaded on use, from an element's chunk, whose own imports are fetched with them: the
 * questionnaire's drawing code comes with its engine and questions, in one round trip.
 */
const PARALLEL_ON_USE = [/^eligibility-questionnaire-/];

/**
 * Flattens the loader's waterfall: each element's `import()` also imports, in parallel, the
 * chunks that element imports statically (Lit, the base, strings), so the browser fetches
 * them all at once instead of finding them only after the element's chunk has arrived. The
 * same for an element's `import()` of a chunk of PARALLEL_ON_USE, with the chunks that one
 * imports and the element's chunk does not (those have already arrived).
 */
function parallelChunkImports() {
  return {
    name: 'clinic-widgets:parallel-chunk-imports',
    generateBundle(
      _options: unknown,
      bundle: Record<
        string,
        { type: string; code?: string; imports?: string[]; dynamicImports?: string[] }
      >,
    ) {
      const loader = bundle['clinic-widgets.js'];
      if (!loader?.code) return;
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        for (const dep of bundle[file]?.imports ?? []) {
          if (!seen.has(dep)) closure(dep, seen.add(dep));
        }
        return seen;
      };
      // One pass over the chunk's code, so an import() it writes is not flattened again (the
      // base's own import of Lit inside an element's list, say).
      const flatten = (chunk: { code?: string }, depsOf: Map<string, string[]>) => {
        if (!depsOf.size) return;
        const found = new Set<string>();
        chunk.code = (chunk.code ?? '').replace(
          /import\((["'`])\.\/([^"'`]+)\1\)/g,
          (call, _quote, file: string) => {
            const deps = depsOf.get(file);
            if (!deps) return call;
            found.add(file);
            const all = [...deps, file].map((f) => `import("./${f}")`).join(',');
            return `Promise.all([${all}]).then(m=>m[${deps.length}])`;
          },
        );
        for (const file of depsOf.keys()) {
          if (!found.has(file)) throw new Error(`parallel-chunk-imports: no import() of ${file}`);
        }
      };
      const withDeps = (files: string[], skip = new Set<string>()) =>
        new Map(
          files
            .map((file) => [file, [...closure(file)].filter((dep) => !skip.has(dep))] as const)
            .filter(([, deps]) => deps.length),
        );
      flatten(loader, withDeps(loader.dynamicImports ?? []));
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk === loader || !chunk.code) continue;
        const onUse = (chunk.dynamicImports ?? []).filter((file) =>
          PARALLEL_ON_USE.some((pattern) => pattern.test(file)),
        );
        flatten(chunk, withDeps(onUse, closure(name).add(name)));
      }
    },
  };
}

/**
 * A chunk's file name before its hash: the element's (`crisis-banner`), or for strings and
 * per-locale packs, whose and which locale (`crisis-banner.fr`, `common.en`,
 * `evidence.fr`, `faq-ketamine-addiction.en`, `cost-prices.fr`; a pack's shared part `evidence.neutral`): the
 * size check reads the locale from it.
 */
function chunkName(chunk: {
  name: string;
  facadeModuleId?: string | null;
  moduleIds?: readonly string[];
}): string {
  // A pack's shared part is no entry of its own: it is named by its one module.
  const only = chunk.moduleIds?.length === 1 ? chunk.moduleIds[0] : undefined;
  const id = chunk.facadeModuleId ?? only ?? '';
  // A second catalogue of one element (`strings/questionnaire-en.ts`): `eligibility-check-questionnaire.en`.
  const strings = /([^\\/]+)[\\/]strings[\\/](?:(\w+)-)?(\w+)\.ts$/.exec(id);
  if (strings) return `${strings[1]}${strings[2] ? `-${strings[2]}` : ''}.${strings[3]}`;
  const pack = /content[\\/]packs[\\/]([^\\/]+)[\\/](\w+)\.ts$/.exec(id);
  if (pack) return `${pack[1]}.${pack[2]}`;
  // The questionnaire's engine, loaded when a reader starts it: `eligibility-engine`.
  if (/[\\/]eligibility[\\/]engine\.ts$/.test(id)) return 'eligibility-engine';
  // What draws and drives its steps past the first screen, loaded with it: `eligibility-questionnaire`.
  if (/[\\/]eligibility-check[\\/]questionnaire\.ts$/.test(id)) return 'eligibility-questionnaire';
  const common = /i18n[\\/]common[\\/](\w+)\.ts$/.exec(id);
  if (common) return `common.${common[1]}`;
  return chunk.name.replace(/\.component$/, '');
}

const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/];

/**
 * `vite` / `vite build`: the designer preview (demo/), built to dist/demo with relative paths.
 * `vite build --mode lib`: the npm modules in dist/, Lit, context and zod left external.
 * `vite build --mode bundle`: dist/cdn/, the CMS build: clinic-widgets.js (the loader),
 *   clinic-widgets.css and the hashed chunks the loader imports from beside itself.
 * `vite build --mode single-file`: dist/single-file/clinic-widgets-all.js (and the .css),
 *   everything in one file for a host that cannot serve a folder (it costs every page the lot).
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'lib') {
    return {
      plugins: [minifyCssTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: { entry: libraryEntries, formats: ['es'] },
        rolldownOptions: {
          external,
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          // packs.js imports at once what the elements import lazily: both are meant (SSR).
          onLog(level, log, handler) {
            if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
          },
        },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      build: {
        outDir: CDN_DIR,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: src('loader.ts'), formats: ['es'], fileName: () => 'clinic-widgets.js' },
        rolldownOptions: {
          output: {
            // Hashed names: a CDN may cache a chunk forever; only the loader's name is stable.
            // An element's chunk is named by its tag: `faq-list-<hash>.js`.
            chunkFileNames: (chunk) => `${chunkName(chunk)}-[hash].js`,
            // Lib mode keeps white space in ES output unless told: minify it all.
            minify: true,
            codeSplitting: { groups: CDN_CHUNKS },
          },
        },
      },
      // hostilePage: runs on pages that pollute Object.prototype or clobber globals with ids.
      plugins: [
        minifyCssTemplates(),
        minifyHtmlTemplates(),
        stylesheet(),
        parallelChunkImports(),
        hostilePage(),
      ],
    };
  }
  if (mode === 'single-file') {
    return {
      build: {
        outDir: SINGLE_FILE_DIR,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: src('index.ts'), formats: ['es'], fileName: () => 'clinic-widgets-all.js' },
        // One file: lazily loaded schemas and packs are inlined, never fetched.
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
      },
      plugins: [minifyCssTemplates(), minifyHtmlTemplates(), stylesheet(), hostilePage()],
    };
  }
  return {
    root: 'demo',
    base: './',
    // The widgets' templates minified as in the CMS build (the dev server leaves them alone).
    plugins: [minifyCssTemplates(), minifyHtmlTemplates()],
    server: { host: '127.0.0.1' },
    build: {
      outDir: resolve(root, 'dist/demo'),
      emptyOutDir: true,
      target: 'es2022',
      // Two pages: the gallery and the playground (which imports custom-elements.json).
      rolldownOptions: {
        input: {
          index: resolve(root, 'demo/index.html'),
          playground: resolve(root, 'demo/playground.html'),
        },
      },
    },
  };
});
