// Read by `cem analyze` (npm run manifest) from the project root.
import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';

/** A type checker over the sources, as tsconfig.json compiles them (for the two plugins below). */
function typeProgram(files) {
  return ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
}

/**
 * Writes an attribute typed with an alias (`variant: CrisisBannerVariant`) as the union of
 * literals it stands for (`'banner' | 'inline' | 'compact'`): editors' completion
 * (html.customData, web-types) and the designer playground's selects need the values.
 */
function expandLiteralUnions() {
  return {
    name: 'clinic-widgets:expand-literal-unions',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const program = typeProgram(modules.map((m) => m.path));
      const checker = program.getTypeChecker();
      for (const module of modules) {
        const source = program.getSourceFile(module.path);
        if (!source) continue;
        for (const declaration of module.declarations ?? []) {
          const node = source.statements.find(
            (s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name,
          );
          if (!node) continue;
          // The instance type has inherited fields too (`locale` and `region` from ClinicElement).
          const instance = checker.getTypeAtLocation(node);
          for (const attribute of declaration.attributes ?? []) {
            const field = attribute.fieldName && instance.getProperty(attribute.fieldName);
            const union = field && literalUnion(checker, checker.getTypeOfSymbol(field));
            if (!union) continue;
            attribute.type = { text: union };
            const member = declaration.members?.find((m) => m.name === attribute.fieldName);
            if (member) member.type = { text: union };
          }
        }
      }
    },
  };
}

/**
 * `'a' | 'b' | 3` when every part is a string or number literal (undefined dropped), in the
 * order the alias declares them. The checker orders a union by when each literal was first
 * met anywhere in the program, so another element that happens to be checked first (and says
 * `'compact'` before `'banner'`) would otherwise reorder this element's values.
 */
function literalUnion(checker, type) {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  if (parts.length < 2 || !parts.every((t) => t.isStringLiteral() || t.isNumberLiteral()))
    return undefined;
  const written = parts.map((t) => (t.isStringLiteral() ? `'${t.value}'` : String(t.value)));
  const declared = type.aliasSymbol?.declarations?.[0]?.getText().replace(/"/g, "'");
  const at = (text) => declared?.indexOf(text) ?? -1;
  if (declared && written.every((text) => at(text) >= 0)) written.sort((a, b) => at(a) - at(b));
  return written.join(' | ');
}

/**
 * Drops the event the analyzer infers from ClinicElement's `emit(type, detail)` helper: its
 * name is a parameter, not an event. Each element documents its real events with `@fires`.
 */
function dropHelperEvents() {
  return {
    name: 'clinic-widgets:drop-helper-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name !== 'type');
        }
      }
    },
  };
}

/**
 * Leaves out what is not public API: members marked `@internal` (trackWork, resolvedLocale,
 * resolvedRegion, ...) and private and protected members, on the class and on every element inheriting them.
 */
function dropInternals() {
  const internal = new Set();
  return {
    name: 'clinic-widgets:drop-internals',
    analyzePhase({ ts: analyzerTs, node }) {
      if (!analyzerTs.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const name = member.name && analyzerTs.isIdentifier(member.name) ? member.name.text : null;
        const tags = analyzerTs.getJSDocTags(member).map((tag) => tag.tagName.text);
        if (name && tags.includes('internal')) internal.add(`${node.name.text}.${name}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !internal.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`),
          );
        }
      }
    },
  };
}

/**
 * Lists the global theming tokens (`--cw-font`, `--cw-accent`, ...) on every element whose
 * styles read them, after its own CSS properties: names and defaults from
 * src/styles/tokens.ts, what each is for from the README's Theming table (a token missing
 * there fails the manifest, so the README stays complete).
 */
function globalTokens() {
  const tokens = [
    ...readFileSync('src/styles/tokens.ts', 'utf8').matchAll(/var\((--cw-[\w-]+),\s*([^)]+)\)/g),
  ];
  const readme = readFileSync('README.md', 'utf8');
  const theming = readme.slice(
    readme.indexOf('## Theming'),
    readme.indexOf('\n## ', readme.indexOf('## Theming') + 1),
  );
  const usedFor = new Map(
    [...theming.matchAll(/^\| `(--cw-[\w-]+)` \| [^|]+ \| ([^|]+) \|$/gm)].map(([, name, text]) => [
      name,
      text.trim(),
    ]),
  );
  const missing = tokens.map(([, name]) => name).filter((name) => !usedFor.has(name));
  if (missing.length)
    throw new Error(`README's Theming table does not describe ${missing.join(', ')}`);
  const readsTokens = new Set(
    readdirSync('src/elements').filter((tag) =>
      /styles = \[tokens\b/.test(readFileSync(`src/elements/${tag}/${tag}.component.ts`, 'utf8')),
    ),
  );
  return {
    name: 'clinic-widgets:global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!readsTokens.has(declaration.tagName)) continue;
          const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
          declaration.cssProperties = [
            ...(declaration.cssProperties ?? []),
            ...tokens
              .filter(([, name]) => !own.has(name))
              .map(([, name, fallback]) => ({
                name,
                description: `Theme token, shared by every element: ${usedFor.get(name)}.`,
                default: fallback.trim(),
              })),
          ];
        }
      }
    },
  };
}

/**
 * Gives each event its type with the detail spelled out (`CustomEvent<{ id: string; open:
 * boolean }>`), read from the `HTMLElementEventMap` declarations that type `addEventListener`.
 */
function eventTypes() {
  return {
    name: 'clinic-widgets:event-types',
    packageLinkPhase({ customElementsManifest }) {
      const files = [
        'src/content/content-controller.ts',
        ...readdirSync('src/elements').map((tag) => `src/elements/${tag}/${tag}.ts`),
      ];
      const program = typeProgram(files);
      const checker = program.getTypeChecker();
      const eventMap = new Map();
      for (const file of files) {
        const visit = (node) => {
          if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
            for (const member of node.members) {
              if (!ts.isPropertySignature(member) || !member.type) continue;
              const event = checker.getTypeAtLocation(member.type);
              const detail = checker.getTypeOfSymbol(checker.getPropertyOfType(event, 'detail'));
              eventMap.set(member.name.text, `CustomEvent<${spelledOut(checker, detail)}>`);
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(program.getSourceFile(file));
      }
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = eventMap.get(event.name);
            if (!type) throw new Error(`event ${event.name} is not in HTMLElementEventMap`);
            event.type = { text: type };
          }
        }
      }
    },
  };
}

/** `{ id: string; open: boolean }` for an object type; one level deep, names below that. */
function spelledOut(checker, type) {
  const flags =
    ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  const properties = type.getProperties();
  if (!properties.length || type.isUnion()) return checker.typeToString(type, undefined, flags);
  const parts = properties.map((property) => {
    const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
    const propertyType = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    return `${property.name}${optional}: ${checker.typeToString(propertyType, undefined, flags)}`;
  });
  return `{ ${parts.join('; ')} }`;
}

export default {
  plugins: [
    expandLiteralUnions(),
    dropHelperEvents(),
    dropInternals(),
    globalTokens(),
    eventTypes(),
  ],
};
