// Read by `cem analyze` (npm run manifest) from the project root.
import ts from 'typescript';

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
      const program = ts.createProgram(
        modules.map((m) => m.path),
        {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          strict: true,
          skipLibCheck: true,
          noEmit: true,
        },
      );
      const checker = program.getTypeChecker();
      for (const module of modules) {
        const source = program.getSourceFile(module.path);
        if (!source) continue;
        for (const declaration of module.declarations ?? []) {
          const node = source.statements.find(
            (s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name,
          );
          if (!node) continue;
          const fields = new Map(
            node.members
              .filter((m) => ts.isPropertyDeclaration(m) && m.name && ts.isIdentifier(m.name))
              .map((m) => [m.name.text, m]),
          );
          for (const attribute of declaration.attributes ?? []) {
            const field = fields.get(attribute.fieldName);
            const union = field && literalUnion(checker, checker.getTypeAtLocation(field));
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

/** `'a' | 'b' | 3` when every part is a string or number literal (undefined dropped). */
function literalUnion(checker, type) {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  if (parts.length < 2 || !parts.every((t) => t.isStringLiteral() || t.isNumberLiteral()))
    return undefined;
  return parts.map((t) => (t.isStringLiteral() ? `'${t.value}'` : String(t.value))).join(' | ');
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

export default {
  plugins: [expandLiteralUnions(), dropHelperEvents()],
};
