// Turns custom-elements.json into what frameworks need, so a new element gets them for free:
//   dist/types/frameworks/react.d.ts   React 19 JSX: React.JSX.IntrinsicElements
//   dist/types/frameworks/vue.d.ts     Vue templates (vue-tsc): GlobalComponents
//   dist/types/frameworks/svelte.d.ts  Svelte templates (svelte-check): svelteHTML.IntrinsicElements
//   dist/react.js, dist/types/react.d.ts   React 18 wrappers made with @lit/react
// Property types come from the element classes themselves (`FaqList['pack']`), event types
// from HTMLElementEventMap, so the declarations cannot drift from the code. Run by
// `npm run build` after tsc and the manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const header =
  '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
const quote = (text) => `'${text}'`;

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => {
    // What a page may set: public, writable instance fields (internals never reach the manifest).
    const properties = (declaration.members ?? []).filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        (member.privacy ?? 'public') === 'public',
    );
    const names = new Set(properties.map((property) => property.name));
    const attributes = (declaration.attributes ?? []).filter(
      (attribute) =>
        attribute.fieldName &&
        names.has(attribute.fieldName) &&
        attribute.name !== attribute.fieldName,
    );
    return {
      tag: declaration.tagName,
      className: declaration.name,
      summary: declaration.summary ?? '',
      properties: [...names],
      attributes,
      events: (declaration.events ?? []).map((event) => event.name),
    };
  });

const classImport = `import type { ${elements.map((e) => e.className).join(', ')} } from '../index.js';\n`;
const doc = (element, indent) =>
  element.summary ? `${indent}/** ${element.summary.replace(/\s+/g, ' ')} */\n` : '';

/** Properties by name, attributes by their own names, events as `on<event>` (React 19, Svelte 5). */
function ownProps(element, indent) {
  const lines = [
    ...element.attributes.map(
      (a) => `${quote(a.name)}?: ${element.className}[${quote(a.fieldName)}];`,
    ),
    ...element.events.map(
      (event) => `${quote(`on${event}`)}?: (event: HTMLElementEventMap[${quote(event)}]) => void;`,
    ),
  ];
  const picked = element.properties.length
    ? `Partial<Pick<${element.className}, ${element.properties.map(quote).join(' | ')}>>`
    : '{}';
  return `${picked} & {\n${lines.map((line) => `${indent}  ${line}\n`).join('')}${indent}}`;
}

const react = `${header}${classImport}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type CustomElementProps<E, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e, '      ')}      ${quote(e.tag)}: CustomElementProps<\n        ${e.className},\n        ${ownProps(e, '        ')}\n      >;\n`).join('')}    }
  }
}
`;

const svelte = `${header}${classImport}import type { HTMLAttributes } from 'svelte/elements';

type CustomElementProps<E extends EventTarget, Own> = Omit<HTMLAttributes<E>, keyof Own> & Own;

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e, '      ')}      ${quote(e.tag)}: CustomElementProps<\n        ${e.className},\n        ${ownProps(e, '        ')}\n      >;\n`).join('')}    }
  }
}
`;

// Vue reads `kebab-case` attributes as camelCase props and `@faq-toggle` as `onFaqToggle`.
const vueProps = (element) => {
  const picked = element.properties.length
    ? `Partial<Pick<${element.className}, ${element.properties.map(quote).join(' | ')}>>`
    : '{}';
  const events = element.events.map(
    (event) =>
      `          on${pascal(event)}?: (event: HTMLElementEventMap[${quote(event)}]) => void;\n`,
  );
  return `${picked} & {\n${events.join('')}        }`;
};
const vue = `${header}${classImport}import type { DefineComponent } from 'vue';

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `${doc(e, '    ')}    ${quote(e.tag)}: DefineComponent<\n        ${vueProps(e)}\n    >;\n`).join('')}  }
}
`;

// React 18 sets every prop as an attribute and cannot listen to custom events: wrappers do both.
const braces = (parts, separator) => (parts.length ? `{ ${parts.join(separator)} }` : '{}');
const wrapperEvents = (element) =>
  braces(
    element.events.map((event) => `on${pascal(event)}: ${quote(event)}`),
    ', ',
  );
const reactWrappers = `${header}import * as React from 'react';
import { createComponent } from '@lit/react';
${elements.map((e) => `import { ${e.className} as ${e.className}Element } from './${e.tag}.js';\n`).join('')}
${elements
  .map(
    (
      e,
    ) => `/** \`<${e.tag}>\` as a React component: props set as properties${e.events.length ? `; ${e.events.map((event) => `on${pascal(event)}`).join(', ')}` : ''}. */
export const ${e.className} = createComponent({
  react: React,
  tagName: ${quote(e.tag)},
  elementClass: ${e.className}Element,
  events: ${wrapperEvents(e)},
  displayName: ${quote(e.className)},
});
`,
  )
  .join('\n')}`;
const reactWrapperTypes = `${header}import type { EventName, ReactWebComponent } from '@lit/react';
${elements.map((e) => `import type { ${e.className} as ${e.className}Element } from './index.js';\n`).join('')}
${elements
  .map(
    (e) => `${doc(e, '')}export declare const ${e.className}: ReactWebComponent<
  ${e.className}Element,
  ${braces(
    e.events.map((event) => `on${pascal(event)}: EventName<HTMLElementEventMap[${quote(event)}]>`),
    '; ',
  )}
>;
`,
  )
  .join('\n')}`;

// Formatted, so a reader of the package can follow them.
const write = async (file, code, parser) =>
  writeFileSync(file, await format(code, { parser, printWidth: 100, singleQuote: true }));
mkdirSync('dist/types/frameworks', { recursive: true });
await write('dist/types/frameworks/react.d.ts', react, 'typescript');
await write('dist/types/frameworks/vue.d.ts', vue, 'typescript');
await write('dist/types/frameworks/svelte.d.ts', svelte, 'typescript');
await write('dist/react.js', reactWrappers, 'babel');
await write('dist/types/react.d.ts', reactWrapperTypes, 'typescript');
console.log(
  `framework types: ${elements.length} tags for React 19 JSX, Vue and Svelte; React 18 wrappers in dist/react.js`,
);
