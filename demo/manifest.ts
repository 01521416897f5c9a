/**
 * Reads `custom-elements.json` into what the playground needs: each element's tag, summary
 * and the attributes a CMS editor can type, with the kind of control each one takes.
 * Pure: no DOM, so a new attribute in an element's JSDoc appears without demo edits.
 */

interface ManifestType {
  text?: string;
}
interface ManifestAttribute {
  name: string;
  type?: ManifestType;
  default?: string;
  description?: string;
  fieldName?: string;
}
interface ManifestMember {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: { name?: string; description?: string }[];
}
/** The part of the custom-elements manifest schema the demo reads. */
export interface Manifest {
  modules?: { path?: string; declarations?: ManifestDeclaration[] }[];
}

export type AttributeKind = 'boolean' | 'enum' | 'number' | 'text';

export interface AttributeSpec {
  name: string;
  kind: AttributeKind;
  /** For `enum`: the allowed values, as typed in the attribute. */
  options: string[];
  /** The value the element uses when the attribute is absent, if the manifest knows it. */
  defaultValue?: string;
  description: string;
}

export interface ElementSpec {
  tag: string;
  className: string;
  summary: string;
  attributes: AttributeSpec[];
  events: string[];
  /** Takes a `<script type="application/json">` child (every element with a `src`). */
  takesJson: boolean;
}

/** The wrapper, not a widget: its attributes are the playground's "clinic context" controls. */
export const CONTEXT_TAG = 'clinic-context';

const LITERAL = /^(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))$/;

/** `'full' | 'compact' | undefined` → enum [full, compact]; `boolean` → boolean; … */
export function kindOf(typeText: string | undefined): { kind: AttributeKind; options: string[] } {
  const parts = (typeText ?? 'string')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length === 0) return { kind: 'text', options: [] };
  if (parts.every((p) => p === 'boolean' || p === 'true' || p === 'false')) {
    return { kind: 'boolean', options: [] };
  }
  const literals = parts.map((p) => LITERAL.exec(p));
  if (literals.every((m) => m !== null)) {
    return { kind: 'enum', options: literals.map((m) => m![1] ?? m![2] ?? m![3]!) };
  }
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number', options: [] };
  return { kind: 'text', options: [] };
}

/** A manifest default (`'full'`, `"3"`, `false`) as the attribute would spell it. */
function defaultText(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === 'undefined' || raw === 'null') return undefined;
  const m = LITERAL.exec(raw.trim());
  if (m) return m[1] ?? m[2] ?? m[3];
  return /^(true|false)$/.test(raw) ? raw : undefined;
}

/** The tag: the manifest's `tagName`, else the folder of `src/elements/<tag>/<tag>.component.ts`. */
function tagOf(path: string | undefined, declaration: ManifestDeclaration): string | undefined {
  if (declaration.tagName) return declaration.tagName;
  const match = /(?:^|\/)elements\/([a-z][a-z0-9]*-[a-z0-9-]+)\/([^/]+)\.component\.[jt]s$/.exec(
    path ?? '',
  );
  return match && match[1] === match[2] ? match[1] : undefined;
}

export function readElements(manifest: Manifest): ElementSpec[] {
  const elements: ElementSpec[] = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      // A class extending our own base is not marked `customElement` (the base is outside
      // the analysed globs): the element's folder names its tag instead.
      const tag = tagOf(module.path, declaration);
      if (!tag) continue;
      const hidden = new Set(
        (declaration.members ?? [])
          .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static)
          .map((m) => m.name),
      );
      const attributes = (declaration.attributes ?? [])
        // Internal state can leak into the manifest as an "attribute": skip non-public fields
        // and anything that is not a lowercase attribute name.
        .filter((a) => /^[a-z][a-z0-9-]*$/.test(a.name) && !hidden.has(a.fieldName ?? ''))
        .map((a): AttributeSpec => {
          const { kind, options } = kindOf(a.type?.text);
          return {
            name: a.name,
            kind,
            options,
            defaultValue: defaultText(a.default),
            description: a.description ?? '',
          };
        });
      elements.push({
        tag,
        className: declaration.name ?? tag,
        // The first paragraph: the rest of the JSDoc is for the README.
        summary: (declaration.summary || declaration.description || '')
          .split(/\n\s*\n/)[0]!
          .replace(/\s+/g, ' ')
          .trim(),
        attributes,
        events: (declaration.events ?? []).map((e) => e.name ?? '').filter(Boolean),
        takesJson: attributes.some((a) => a.name === 'src'),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The widgets a designer can configure (every element but the context wrapper). */
export function readWidgets(manifest: Manifest): ElementSpec[] {
  return readElements(manifest).filter((e) => e.tag !== CONTEXT_TAG);
}
