// The end of `npm run build`: what other tools rely on is where package.json says it is.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const targets = (value) =>
  typeof value === 'string' ? [value] : Object.values(value).flatMap(targets);
for (const [name, value] of Object.entries(pkg.exports)) {
  for (const file of targets(value))
    if (!existsSync(file)) problems.push(`exports["${name}"]: ${file} is missing`);
}
if (!existsSync(pkg.customElements))
  problems.push(`customElements: ${pkg.customElements} is missing`);

// The CMS file stands alone: no import of anything else.
const bundle = readFileSync('dist/clinic-widgets.js', 'utf8');
if (/\bimport\s*["'{*]|\bfrom\s*["']/.test(bundle))
  problems.push('dist/clinic-widgets.js imports another file');

// The npm modules leave Lit, context and zod to the app, so several elements share one copy.
const modules = ['dist', 'dist/chunks']
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${dir}/${f}`),
  )
  .filter((file) => file !== 'dist/clinic-widgets.js');
const bundledLit = modules.filter((file) => readFileSync(file, 'utf8').includes('litHtmlVersions'));
if (bundledLit.length) problems.push(`Lit is bundled into ${bundledLit.join(', ')}`);

// Server-render safe: importing every module in Node, with no DOM, must not throw.
try {
  await import(new URL('../dist/index.js', import.meta.url).href);
} catch (error) {
  problems.push(`importing dist/index.js without a DOM throws: ${error.message}`);
}

if (problems.length) {
  console.error(`package: ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `package: ${Object.keys(pkg.exports).length} exports present, one-file bundle stands alone, npm modules share Lit, import without a DOM`,
);
