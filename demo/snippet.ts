/**
 * The snippet a CMS editor pastes: the stylesheet link, the self-contained script, the
 * clinic context, the element with its attributes and any JSON content. Pure (no DOM), so
 * the test can build a bare page from exactly what the Copy button copies.
 */
import type { HostTheme } from './state.js';
import { themeProperties, type ThemeTokens } from './theme.js';

export interface ContextSettings {
  locale: string;
  region?: string;
  clinicName?: string;
  intakeUrl?: string;
  phone?: string;
}

export interface SnippetSettings {
  tag: string;
  /** Attribute name → value; `true` writes a bare boolean attribute, `false`/'' omit it. */
  attributes: [string, string | boolean][];
  context: ContextSettings;
  /** The JSON content as the designer typed it; blank for the element's built-in content. */
  content?: string;
}

export interface SnippetFiles {
  /** Where the page loads `clinic-widgets.css` from. */
  cssUrl: string;
  /** Where the page loads `clinic-widgets.js` from. */
  scriptUrl: string;
}

/** Both files side by side in one folder of the clinic's own site: `/assets/` → two URLs. */
export function filesIn(folder: string): SnippetFiles {
  const base = folder.trim() === '' ? './' : folder.trim().replace(/\/*$/, '/');
  return { cssUrl: `${base}clinic-widgets.css`, scriptUrl: `${base}clinic-widgets.js` };
}

/** A value safe inside a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * JSON text safe inside `<script type="application/json">`: `</script` or `<!--` in a string
 * would end or confuse the script element, so `<` before `/` or `!` becomes its JSON escape.
 * In valid JSON `<` only occurs inside strings, so the parsed value is unchanged.
 */
export function scriptSafeJson(text: string): string {
  return text.replace(/<(?=[/!])/g, '\\u003c');
}

const TAG = /^[a-z][a-z0-9]*-[a-z0-9-]*$/;
const NAME = /^[a-z][a-z0-9-]*$/;

function attributeList(pairs: [string, string | boolean | undefined][]): string {
  let out = '';
  for (const [name, value] of pairs) {
    if (!NAME.test(name)) throw new Error(`not an attribute name: ${name}`);
    if (value === true) out += ` ${name}`;
    else if (typeof value === 'string' && value.trim() !== '')
      out += ` ${name}="${escapeAttribute(value.trim())}"`;
  }
  return out;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  const lines = text.split('\n');
  // Keep the designer's own indentation, shifted so the least-indented line sits at `pad`.
  const common = Math.min(
    ...lines
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)![0].length),
    Infinity,
  );
  return lines
    .map((line, i) =>
      line.trim() === ''
        ? ''
        : pad + (i === 0 || common === Infinity ? line.trimStart() : line.slice(common)),
    )
    .join('\n');
}

/** The HTML to paste: files, context, element, content. */
export function buildSnippet(settings: SnippetSettings, files: SnippetFiles): string {
  if (!TAG.test(settings.tag)) throw new Error(`not a custom element name: ${settings.tag}`);
  const { context } = settings;
  const contextAttributes = attributeList([
    ['locale', context.locale],
    ['region', context.region],
    ['clinic-name', context.clinicName],
    ['intake-url', context.intakeUrl],
    ['phone', context.phone],
  ]);
  const content = settings.content?.trim();
  const open = `  <${settings.tag}${attributeList(settings.attributes)}>`;
  const close = `</${settings.tag}>`;
  const element = content
    ? [
        open,
        '    <script type="application/json">',
        indent(scriptSafeJson(content), 6),
        '    </script>',
        `  ${close}`,
      ].join('\n')
    : `${open}${close}`;
  return [
    `<link rel="stylesheet" href="${escapeAttribute(files.cssUrl)}" />`,
    `<script type="module" src="${escapeAttribute(files.scriptUrl)}"></script>`,
    '',
    `<clinic-context${contextAttributes}>`,
    element,
    '</clinic-context>',
    '',
  ].join('\n');
}

/**
 * The theme as CSS for the clinic's own stylesheet (a linked file keeps working under a
 * strict `style-src`, where an inline style block would not). Empty when nothing is set.
 */
export function buildThemeCss(host: HostTheme, tokens: ThemeTokens): string {
  const properties = themeProperties(host, tokens);
  if (properties.length === 0) return '';
  return `clinic-context {\n${properties.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n`;
}
