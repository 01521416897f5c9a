// The end of `npm run build`: what other tools rely on is where package.json says it is.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as z from 'zod';
import { declarationFiles } from './declaration-files.mjs';

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

// Editor data. web-types: the parts of JetBrains' web-types schema (JetBrains/web-types,
// schema/web-types.json) that we write, as strict as it is (an unknown key in a value is an
// error there, so it is here); every other object is held to the keys we mean to write.
const text = z.string();
const named = { name: z.string().min(1), description: text };
const webTypesSchema = z.strictObject({
  $schema: z.string(),
  name: z.literal(pkg.name),
  version: z.literal(pkg.version),
  'js-types-syntax': z.literal('typescript'),
  'description-markup': z.enum(['html', 'markdown', 'none']),
  contributions: z.strictObject({
    html: z.strictObject({
      elements: z.array(
        z.strictObject({
          ...named,
          attributes: z.array(
            z.strictObject({
              ...named,
              default: z.string().optional(),
              value: z.strictObject({
                kind: z.enum(['no-value', 'plain', 'expression']).optional(),
                type: z.string().optional(),
                required: z.boolean().optional(),
                default: z.string().optional(),
              }),
              values: z
                .array(z.strictObject({ name: z.string().min(1), description: text.optional() }))
                .optional(),
            }),
          ),
          slots: z.array(z.strictObject({ ...named, name: z.string() })), // '' is the default slot
          js: z.strictObject({
            properties: z.array(
              z.strictObject({ ...named, type: z.string(), 'read-only': z.boolean().optional() }),
            ),
            events: z.array(z.strictObject({ ...named, type: z.string().optional() })),
          }),
          css: z.strictObject({
            properties: z.array(z.strictObject(named)),
            parts: z.array(z.strictObject(named)),
          }),
        }),
      ),
    }),
  }),
});
const vscodeSchema = z.strictObject({
  version: z.literal(1.1),
  tags: z.array(
    z.strictObject({
      ...named,
      attributes: z.array(
        z.strictObject({
          ...named,
          valueSet: z.literal('v').optional(),
          values: z.array(
            z.strictObject({ name: z.string().min(1), description: text.optional() }),
          ),
        }),
      ),
    }),
  ),
});
const editorData = [
  ['dist/web-types.json', webTypesSchema],
  ['dist/vscode.html-custom-data.json', vscodeSchema],
];
for (const [file, schema] of editorData) {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success)
    problems.push(
      `${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
}
// The value sets an author needs while typing.
const vscodeTags = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')).tags;
const valuesFor = (tag, attribute) =>
  vscodeTags
    .find((t) => t.name === tag)
    ?.attributes.find((a) => a.name === attribute)
    ?.values.map((v) => v.name) ?? [];
for (const [tag, attribute, mustHave] of [
  ['crisis-banner', 'locale', ['en', 'fr']],
  ['clinic-context', 'region', ['CA', 'US', 'GB', 'IE', 'AU', 'NZ', 'FR', 'EU', 'UK']],
  ['evidence-card', 'substance', ['alcohol', 'cocaine', 'opioids']],
  ['evidence-card', 'study', ['dakwar-2020', 'grabski-2022']],
  ['faq-list', 'pack', ['ketamine-addiction', 'ketamine-addictive']],
]) {
  const missing = mustHave.filter((value) => !valuesFor(tag, attribute).includes(value));
  if (missing.length)
    problems.push(`VS Code data: <${tag} ${attribute}> lacks ${missing.join(', ')}`);
}

// Type declarations name only packages an app installs with this one: a dependency or a peer
// (a strict installer such as pnpm gives an app nothing else, and a type it cannot resolve
// becomes `any` without a word).
const declared = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
for (const file of declarationFiles('dist/types')) {
  // Code only: a doc comment's example is no import.
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const specifiers = [...text.matchAll(/(?:from\s+|import\()["']([^"'.][^"']*)["']/g)].map(
    (m) => m[1],
  );
  for (const name of new Set(specifiers.map(packageOf))) {
    if (!declared.has(name))
      problems.push(`${file} refers to "${name}", which package.json does not declare`);
  }
}

if (problems.length) {
  console.error(`package: ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `package: ${Object.keys(pkg.exports).length} exports present, the CMS loader's chunks beside it and hashed, the single file stands alone, npm modules share Lit, import without a DOM, editor data valid`,
);
