// Builds the WordPress plugin: wordpress/clinic-widgets/ plus what is generated from
// custom-elements.json (includes/elements.php for kses, shortcodes and block controls; one
// block.json per element), the CMS build's files in assets/ and the .mo translations, staged
// in dist/wordpress/clinic-widgets/ and zipped as dist/wordpress/clinic-widgets.zip.
// Run by `npm run build` after the manifest and the bundle.
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { compileMo, parsePo } from './wordpress/mo.mjs';
import { zipDirectory } from './wordpress/zip.mjs';

/** The CMS build the plugin ships: every file of this folder (the loader and its chunks). */
export const CMS_BUILD = 'dist/cdn';

const SOURCE = 'wordpress/clinic-widgets';
const OUT = 'dist/wordpress';
const STAGE = join(OUT, 'clinic-widgets');

/** What the manifest does not say: each block's title, icon and the clinic content it edits. */
const BLOCKS = {
  'clinic-context': {
    title: 'Clinic context',
    description:
      'Gives the widgets inside it a locale, region, clinic name, phone or intake link of their own.',
    icon: 'building',
    content: { isClinicContext: { type: 'boolean', default: true } },
    providesContext: { 'clinic-widgets/context': 'isClinicContext' },
  },
  'crisis-banner': {
    title: 'Crisis banner',
    description: 'What to do in immediate danger, and the crisis lines for the reader’s region.',
    icon: 'sos',
    content: {
      emergency: { type: 'string' },
      lines: { type: 'array', default: [] },
      fallback: { type: 'string' },
    },
  },
  'medical-disclaimer': {
    title: 'Medical disclaimer',
    description: 'Educational, safety and access notices, with the medical review dates.',
    icon: 'shield',
    content: {},
  },
  'evidence-card': {
    title: 'Evidence card',
    description: 'The clinical evidence for ketamine in addiction, by substance, with sources.',
    icon: 'chart-bar',
    content: { evidence: { type: 'object' } },
  },
  'eligibility-check': {
    title: 'Eligibility pre-screen',
    description: 'A private pre-screen against the clinic’s screening points.',
    icon: 'yes-alt',
    content: {},
  },
  'faq-list': {
    title: 'FAQ list',
    description: 'Questions and answers: searchable, linkable, printable.',
    icon: 'editor-help',
    content: { items: { type: 'array', default: [] } },
  },
  'quick-exit': {
    title: 'Quick exit',
    description: 'A button (and Shift pressed three times) that leaves the page at once.',
    icon: 'migrate',
    content: {},
  },
  'cost-estimate': {
    title: 'Cost estimate',
    description: 'What a course of treatment may cost, from the clinic’s published prices.',
    icon: 'money-alt',
    content: { prices: { type: 'object' } },
  },
  'key-takeaways': {
    title: 'Key takeaways',
    description: 'An article’s key points as a short list under its heading.',
    icon: 'list-view',
    content: { pointsTitle: { type: 'string' }, points: { type: 'array', default: [] } },
  },
  'source-list': {
    title: 'Source list',
    description: 'An article’s numbered sources, linked with the evidence cards that cite them.',
    icon: 'book',
    content: { sourcesTitle: { type: 'string' }, sources: { type: 'array', default: [] } },
  },
};

/** Values the manifest documents in prose only (its type is `string`). */
const VALUES = {
  locale: ['en', 'fr'],
  region: ['CA', 'US', 'GB', 'IE', 'AU', 'EU'],
};
/** For tests only (it pins the clock): not offered to editors. */
const HIDDEN = new Set(['now']);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const declarations = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

/** `'a' | 'b'` → ['a', 'b']; anything else → []. */
const literals = (type) => {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : [];
};

function describeAttribute(attribute) {
  const type = attribute.type?.text ?? 'string';
  const values = VALUES[attribute.name] ?? literals(type);
  const kind =
    type === 'boolean'
      ? 'boolean'
      : values.length
        ? 'enum'
        : /\bnumber\b/.test(type)
          ? 'number'
          : attribute.name === 'src' || attribute.name.endsWith('-url')
            ? 'url'
            : 'string';
  const literal = /^'([^']*)'$/.exec(attribute.default ?? '')?.[1];
  return {
    key: attribute.fieldName ?? attribute.name,
    type: kind,
    ...(values.length ? { values } : {}),
    ...(literal !== undefined
      ? { default: literal }
      : /^\d+$/.test(attribute.default ?? '')
        ? { default: attribute.default }
        : {}),
    description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
  };
}

const elements = {};
for (const declaration of declarations) {
  const tag = declaration.tagName;
  if (!BLOCKS[tag])
    throw new Error(`build-wordpress: no block entry for <${tag}> in scripts/build-wordpress.mjs`);
  const attributes = {};
  for (const attribute of declaration.attributes ?? []) {
    if (!HIDDEN.has(attribute.name)) attributes[attribute.name] = describeAttribute(attribute);
  }
  elements[tag] = {
    block: `clinic-widgets/${tag}`,
    shortcode: tag.replace(/-/g, '_'),
    title: BLOCKS[tag].title,
    attributes,
    // The manifest names the attributes kses allows, `now` included.
    allowed: (declaration.attributes ?? []).map((attribute) => attribute.name),
  };
}
for (const tag of Object.keys(BLOCKS)) {
  if (!elements[tag]) throw new Error(`build-wordpress: <${tag}> is not in ${pkg.customElements}`);
}

// Stage: the hand-written plugin, then what is generated.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
cpSync(SOURCE, STAGE, { recursive: true, filter: (path) => !path.endsWith('.mo') });

const assets = join(STAGE, 'assets');
mkdirSync(assets, { recursive: true });
const cmsFiles = readdirSync(CMS_BUILD, { recursive: true }).filter((path) =>
  statSync(join(CMS_BUILD, path)).isFile(),
);
const hash = createHash('sha256');
for (const file of cmsFiles) {
  const from = join(CMS_BUILD, file);
  cpSync(from, join(assets, file));
  hash.update(file).update(readFileSync(from));
}
for (const file of ['clinic-widgets.js', 'clinic-widgets.css']) {
  if (!cmsFiles.includes(file))
    throw new Error(`build-wordpress: ${CMS_BUILD}/${file} is missing: run the bundle build first`);
}

const generated = {
  version: pkg.version,
  asset_version: `${pkg.version}-${hash.digest('hex').slice(0, 10)}`,
  script: 'assets/clinic-widgets.js',
  style: 'assets/clinic-widgets.css',
  elements,
};
writeFileSync(
  join(STAGE, 'includes/elements.php'),
  `<?php
/**
 * Generated by scripts/build-wordpress.mjs from custom-elements.json: do not edit.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

return ${php(generated, 0)};
`,
);

for (const [tag, element] of Object.entries(elements)) {
  const block = BLOCKS[tag];
  const attributes = {};
  for (const attribute of Object.values(element.attributes)) {
    attributes[attribute.key] =
      attribute.type === 'boolean'
        ? { type: 'boolean', default: false }
        : { type: attribute.type === 'number' ? 'number' : 'string' };
  }
  Object.assign(attributes, block.content);
  const json = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: element.block,
    version: pkg.version,
    title: block.title,
    category: 'clinic-widgets',
    icon: block.icon,
    description: block.description,
    textdomain: 'clinic-widgets',
    attributes,
    supports: { html: false, align: ['wide', 'full'] },
    ...(block.providesContext
      ? { providesContext: block.providesContext }
      : { usesContext: ['clinic-widgets/context'] }),
    editorScript: 'clinic-widgets-editor',
    render: 'file:./render.php',
  };
  writeFileSync(join(STAGE, 'blocks', tag, 'block.json'), `${JSON.stringify(json, null, 2)}\n`);
}

for (const file of readdirSync(join(STAGE, 'languages'))) {
  if (file.endsWith('.po')) {
    const mo = compileMo(parsePo(readFileSync(join(STAGE, 'languages', file), 'utf8')));
    writeFileSync(join(STAGE, 'languages', file.replace(/\.po$/, '.mo')), mo);
    // Canadian French serves French sites too (WordPress picks the file by the exact locale).
    if (file.endsWith('-fr_CA.po'))
      writeFileSync(join(STAGE, 'languages', file.replace(/fr_CA\.po$/, 'fr_FR.mo')), mo);
  }
}

const zip = join(OUT, 'clinic-widgets.zip');
writeFileSync(zip, zipDirectory(STAGE, 'clinic-widgets'));
const files = readdirSync(STAGE, { recursive: true }).filter((path) =>
  statSync(join(STAGE, path)).isFile(),
);
console.log(
  `wordpress: ${relative('.', zip)} (${files.length} files, ${Object.keys(elements).length} blocks, assets ${generated.asset_version})`,
);

/** A PHP literal for JSON-like data (WordPress style: array( ... ), tabs). */
function php(value, depth) {
  const pad = '\t'.repeat(depth + 1);
  const end = '\t'.repeat(depth);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) {
    if (!value.length) return 'array()';
    return `array(\n${value.map((item) => `${pad}${php(item, depth + 1)},`).join('\n')}\n${end})`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return 'array()';
  return `array(\n${entries.map(([key, item]) => `${pad}${php(key, 0)} => ${php(item, depth + 1)},`).join('\n')}\n${end})`;
}
