// Turns custom-elements.json into what editors read for tag and attribute completion:
// VS Code's html.customData (dist/vscode.html-custom-data.json) and JetBrains' web-types
// (dist/web-types.json). Run by `npm run build` after the library build and the manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

// The built-in ids an author can type, from the built library's own packs.
const { evidencePack } = await import(new URL('../dist/content.js', import.meta.url).href);
const builtIn = {
  substance: evidencePack.en.substances.map((s) => ({ name: s.id, description: s.name })),
  study: evidencePack.en.studies.map((s) => ({
    name: s.id,
    description: `${s.authors} (${s.year}), ${s.journal}`,
  })),
};
const valueNames = {
  en: 'English',
  fr: 'French (Canadian)',
  CA: 'Canada',
  US: 'United States',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  FR: 'France',
  UK: 'United Kingdom (read as GB)',
  EU: 'European Union',
};

/** `'a' | 'b'` → ['a', 'b']; anything else → no fixed values. */
const unionOf = (type) => {
  const parts = (type?.text ?? '').split('|').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : [];
};
/** The values an attribute takes: its literal union, else the built-in ids it names. */
const valuesOf = (attribute) => {
  const union = unionOf(attribute.type);
  if (union.length)
    return union.map((name) => ({
      name,
      ...(valueNames[name] ? { description: valueNames[name] } : {}),
    }));
  return builtIn[attribute.name] ?? [];
};
const isBoolean = (attribute) => attribute.type?.text === 'boolean';
const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');
const properties = (element) =>
  (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: describe(element),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
      values: valuesOf(attribute),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element),
        attributes: (element.attributes ?? []).map((attribute) => {
          const values = valuesOf(attribute);
          const fixed = unionOf(attribute.type).length > 0;
          return {
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default ? { default: attribute.default } : {}),
            value: isBoolean(attribute)
              ? { kind: 'no-value', type: 'boolean' }
              : fixed
                ? { kind: 'plain', type: 'enum' }
                : { kind: 'plain', type: attribute.type?.text ?? 'string' },
            // Built-in ids are suggestions: a clinic's own content may add others.
            ...(values.length ? { values } : {}),
          };
        }),
        slots: (element.slots ?? []).map((slot) => ({
          name: slot.name,
          description: slot.description ?? '',
        })),
        js: {
          properties: properties(element).map((member) => ({
            name: member.name,
            description: member.description ?? '',
            type: member.type?.text ?? 'unknown',
            ...(member.readonly ? { 'read-only': true } : {}),
          })),
          events: (element.events ?? []).map((event) => ({
            name: event.name,
            description: event.description ?? '',
            ...(event.type?.text ? { type: event.type.text } : {}),
          })),
        },
        css: {
          properties: (element.cssProperties ?? []).map((property) => ({
            name: property.name,
            description: property.description ?? '',
          })),
          parts: (element.cssParts ?? []).map((part) => ({
            name: part.name,
            description: part.description ?? '',
          })),
        },
      })),
    },
  },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data: ${elements.length} tags for VS Code and JetBrains`);
