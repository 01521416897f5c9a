// `node scripts/size-breakdown.mjs src/elements/<tag>/<tag>.ts`: what one entry's initial
// bundle is made of, module by module (minified bytes), largest first. For size work.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyCssTemplates } from './minify-css-templates.mjs';

const entry = resolve(process.argv[2] ?? 'src/index.ts');
const output = await build({
  configFile: false,
  logLevel: 'silent',
  plugins: [minifyCssTemplates()],
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry, formats: ['es'], fileName: () => 'out.js' },
  },
});
const chunk = (Array.isArray(output) ? output : [output])
  .flatMap((o) => o.output)
  .find((c) => c.type === 'chunk' && c.isEntry);
const group = (id) =>
  id.includes('/node_modules/zod/')
    ? 'zod'
    : id.includes('/node_modules/@lit/context/')
      ? '@lit/context'
      : id.includes('/node_modules/')
        ? 'lit'
        : id.replace(`${process.cwd()}/`, '');
const sizes = {};
for (const [id, info] of Object.entries(chunk.modules))
  sizes[group(id)] = (sizes[group(id)] ?? 0) + info.renderedLength;
for (const [name, bytes] of Object.entries(sizes).sort((a, b) => b[1] - a[1])) {
  console.log(`${(bytes / 1024).toFixed(2).padStart(7)} kB  ${name}`);
}
console.log(
  `entry: ${(chunk.code.length / 1024).toFixed(2)} kB min, ${(gzipSync(chunk.code, { level: 9 }).length / 1024).toFixed(2)} kB gzip`,
);
