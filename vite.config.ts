import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';

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

const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/];

/**
 * `vite` / `vite build`: the designer preview (demo/), built to dist/demo with relative paths.
 * `vite build --mode lib`: the npm modules in dist/, Lit, context and zod left external.
 * `vite build --mode bundle`: dist/clinic-widgets.js, one self-contained file for a CMS.
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
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: src('index.ts'), formats: ['es'], fileName: () => 'clinic-widgets.js' },
        // One file for a CMS: lazily loaded schemas and packs are inlined, never fetched.
        rolldownOptions: { output: { codeSplitting: false } },
      },
      plugins: [
        minifyCssTemplates(),
        {
          // The reservation stylesheet ships beside the script (a linked file passes `style-src 'self'`).
          name: 'clinic-widgets:stylesheet',
          generateBundle() {
            this.emitFile({
              type: 'asset',
              fileName: 'clinic-widgets.css',
              source: readFileSync(src('clinic-widgets.css'), 'utf8'),
            });
          },
        },
      ],
    };
  }
  return {
    root: 'demo',
    base: './',
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
