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

// The single-file build stands alone: no import of anything else.
const single = readFileSync('dist/single-file/clinic-widgets-all.js', 'utf8');
if (/\bimport\s*["'{*(]|\bfrom\s*["']/.test(single))
  problems.push('dist/single-file/clinic-widgets-all.js imports another file');

// The CMS loader imports nothing up front; each chunk it names is beside it, with a content
// hash in its name (a CDN may cache it forever), and the stylesheet ships with it.
const cdn = readdirSync('dist/cdn');
const loader = readFileSync('dist/cdn/clinic-widgets.js', 'utf8');
if (/\bimport\s*["'{*]|\bfrom\s*["']/.test(loader))
  problems.push('dist/cdn/clinic-widgets.js imports a chunk before it knows the page needs it');
for (const [, file] of loader.matchAll(/import\(["'`]\.\/([^"'`]+)["'`]\)/g)) {
  if (!cdn.includes(file))
    problems.push(`dist/cdn/clinic-widgets.js imports ${file}, which is missing`);
}
const unhashed = cdn.filter(
  (f) => !['clinic-widgets.js', 'clinic-widgets.css'].includes(f) && !/-[\w-]{8}\.js$/.test(f),
);
if (unhashed.length) problems.push(`dist/cdn: no content hash in ${unhashed.join(', ')}`);
if (!cdn.includes('clinic-widgets.css')) problems.push('dist/cdn/clinic-widgets.css is missing');

// The npm modules leave Lit, context and zod to the app, so several elements share one copy.
const modules = ['dist', 'dist/chunks'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${dir}/${f}`),
);
const bundledLit = modules.filter((file) => readFileSync(file, 'utf8').includes('litHtmlVersions'));
if (bundledLit.length) problems.push(`Lit is bundled into ${bundledLit.join(', ')}`);

// Server-render safe: importing every module in Node, with no DOM, must not throw.
try {
  await import(new URL('../dist/index.js', import.meta.url).href);
} catch (error) {
  problems.push(`importing dist/index.js without a DOM throws: ${error.message}`);
}
try {
  await import(new URL('../dist/cdn/clinic-widgets.js', import.meta.url).href);
} catch (error) {
  problems.push(`importing the CMS loader without a DOM throws: ${error.message}`);
}

if (problems.length) {
  console.error(`package: ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `package: ${Object.keys(pkg.exports).length} exports present, the CMS loader's chunks beside it and hashed, the single file stands alone, npm modules share Lit, import without a DOM`,
);
