// After tsc: a declaration tsc inferred from Lit names the package Lit is built on
// (`import("lit-html").TemplateResult`), which an app that installed this package with a strict
// installer (pnpm) cannot resolve. `lit`, a dependency, re-exports all of it under the same
// paths (`lit`, `lit/directive.js`, `lit/directives/keyed.js`): point the declarations there.
// scripts/check-package.mjs fails a declaration that names a package we do not declare.
import { readFileSync, writeFileSync } from 'node:fs';
import { declarationFiles } from './declaration-files.mjs';

let changed = 0;
for (const file of declarationFiles('dist/types')) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(/(["'])lit-html(\/[^"']*)?\1/g, (_, quote, path = '') => {
    return `${quote}lit${path}${quote}`;
  });
  if (fixed !== text) {
    writeFileSync(file, fixed);
    changed += 1;
  }
}
console.log(`type-imports: ${changed} declaration files point at lit instead of lit-html`);
