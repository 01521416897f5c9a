// A Vite plugin for the bundle a CMS loads: it makes the output code independent of what a
// hostile page does to shared objects, whatever the output's shape (one file or chunks).
//
// 1. `for (k in o)` becomes `for (k of own keys of o)`: a page script that put an enumerable
//    property on Object.prototype no longer feeds bundled code (the bundler's own export
//    helper, the validator) a key it never had. Every loop in the output walks an object's own
//    properties only, which is what each of them means.
// 2. Calls of document methods (`createElement`, `createTreeWalker`, ...) and reads of
//    `document.head` / `documentElement` go through Document.prototype: a `<form
//    name="createElement">` shadows `document.createElement` for every script on the page.
// 3. Before any other code of a chunk, globals Lit and zod read at load (`litHtmlVersions`,
//    `ShadyCSS`, ...) are reset where an element's id or name shadows them (DOM clobbering).
import { parseAst } from 'vite';

const DOCUMENT_METHODS = new Set([
  'createElement',
  'createElementNS',
  'createComment',
  'createTextNode',
  'createTreeWalker',
  'createDocumentFragment',
  'importNode',
  'adoptNode',
  'getElementById',
]);
const DOCUMENT_GETTERS = new Set(['head', 'body', 'documentElement']);

/** Globals read by Lit and zod that a page element with that id or name would shadow. */
export const SHADOWABLE_GLOBALS = [
  'litElementVersions',
  'litHtmlVersions',
  'reactiveElementVersions',
  'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'litPropertyMetadata',
  'litNonce',
  'ShadyCSS',
  'ShadyDOM',
  '__zod_globalConfig',
  '__zod_globalRegistry',
];

// The runtime a chunk gets, only the parts it uses: small, no top-level names but `__cw…`.
const KEYS = 'var __cwKeys=function(o){return o==null?[]:Object.keys(o)};\n';
const IS_DOC =
  'var __cwIsDoc=function(){var t=typeof Node<"u"&&Object.getOwnPropertyDescriptor(Node.prototype,"nodeType").get;return function(o){try{return !!t&&t.call(o)===9}catch(e){return !1}}}();\n';
const DOC =
  'var __cwDoc=function(o,m){var f=__cwIsDoc(o)?Document.prototype[m]:o[m];return f.bind(o)};\n';
const GET =
  'var __cwGet=function(o,p){return __cwIsDoc(o)?Object.getOwnPropertyDescriptor(Document.prototype,p).get.call(o):o[p]};\n';
// In entry chunks only: they run before any chunk they import or load, Lit's included.
const GLOBALS = `(function(g){if(typeof Element>"u")return;${JSON.stringify(SHADOWABLE_GLOBALS)}.forEach(function(n){var v;try{v=g[n]}catch(e){return}if(v instanceof Element||v instanceof HTMLCollection||v!=null&&v.window===v)Object.defineProperty(g,n,{value:void 0,writable:!0,configurable:!0,enumerable:!1})})})(globalThis);\n`;

/** Every node of an ESTree program, with its parent. */
function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit, node);
    else if (child && typeof child === 'object' && typeof child.type === 'string')
      walk(child, visit, node);
  }
}

/**
 * Rewrites one chunk's code. `entry`: the chunk is an entry (the loader, the single file),
 * so it also resets clobbered globals before anything else runs.
 */
export function hardenCode(code, { entry = true } = {}) {
  const edits = [];
  // `obj.name` → `helper(obj,"name")`, keeping any brackets around obj (ESTree spans leave them out).
  const wrap = (node, helper) => {
    const tail = code.slice(node.object.end, node.end);
    let start = node.object.start;
    for (let open = (tail.match(/\)/g) ?? []).length; open > 0; start -= 1) {
      if (code[start - 1] === '(') open -= 1;
    }
    edits.push([start, start, `${helper}(`]);
    edits.push([
      node.object.end,
      node.end,
      tail.replace(/\.\s*[\w$]+$/, `,${JSON.stringify(node.property.name)})`),
    ]);
  };
  walk(parseAst(code), (node, parent) => {
    if (node.type === 'ForInStatement') {
      const between = code.slice(node.left.end, node.right.start);
      edits.push([node.left.end, node.right.start, between.replace(/\bin\b/, 'of __cwKeys(')]);
      edits.push([node.right.end, node.right.end, ')']);
      return;
    }
    if (node.type !== 'MemberExpression' || node.computed || node.optional) return;
    const name = node.property.name;
    const called = parent?.type === 'CallExpression' && parent.callee === node && !parent.optional;
    if (called && DOCUMENT_METHODS.has(name)) {
      wrap(node, '__cwDoc');
      return;
    }
    const assigned =
      (parent?.type === 'AssignmentExpression' && parent.left === node) ||
      parent?.type === 'UpdateExpression' ||
      (parent?.type === 'UnaryExpression' && parent.operator === 'delete');
    if (!called && !assigned && DOCUMENT_GETTERS.has(name) && node.object.type !== 'Super') {
      wrap(node, '__cwGet');
    }
  });
  // Apply from the end; an insertion and a replacement at one place keep their order.
  edits.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  const uses = (name) => edits.some(([, , text]) => text.startsWith(name));
  const runtime =
    (uses(' of __cwKeys') || edits.some(([, , t]) => t.includes('__cwKeys')) ? KEYS : '') +
    (uses('__cwDoc') || uses('__cwGet') ? IS_DOC : '') +
    (uses('__cwDoc') ? DOC : '') +
    (uses('__cwGet') ? GET : '') +
    (entry ? GLOBALS : '');
  return runtime + out;
}

export function hostilePage() {
  return {
    name: 'clinic-widgets:hostile-page',
    renderChunk(code, chunk) {
      return { code: hardenCode(code, { entry: chunk.isEntry }), map: null };
    },
  };
}
