// Turns custom-elements.json into what editors read for tag and attribute completion:
// VS Code's html.customData (dist/vscode.html-custom-data.json) and JetBrains' web-types
// (dist/web-types.json). Run by `npm run build` after the manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

/** `'a' | 'b'` → ['a', 'b']; anything else → no fixed values. */
const valuesOf = (type) => {
  const parts = (type?.text ?? '').split('|').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : [];
};
const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: describe(element),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      values: valuesOf(attribute.type).map((name) => ({ name })),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element),
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          ...(attribute.default ? { default: attribute.default } : {}),
          value:
            attribute.type?.text === 'boolean'
              ? { type: 'boolean' }
              : valuesOf(attribute.type).length
                ? { type: 'enum', enum: valuesOf(attribute.type) }
                : { type: attribute.type?.text ?? 'string' },
        })),
        events: (element.events ?? []).map((event) => ({
          name: event.name,
          description: event.description ?? '',
        })),
      })),
    },
  },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data: ${elements.length} tags for VS Code and JetBrains`);
