// Part of `npm run lint`: the library's own code never turns a string into markup or code,
// stores nothing about a reader, and makes no request but the `src` an author gave.
// Rich text is built from an allow-list into DOM nodes (src/content/rich-text.ts); Lit's
// `unsafeHTML` is not a safety net (its Trusted Types policy passes strings through).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SINKS = [
  /\bunsafe(?:HTML|SVG|MathML|Static)\b/,
  /\.(?:inner|outer)HTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/,
  /\bcreateContextualFragment\b/,
  /\bDOMParser\b/,
  /\bdocument\.write(?:ln)?\b/,
  /\beval\s*\(/,
  /\bnew\s+Function\b/,
  /\bsrcdoc\b/,
];

/** Storage and network: only the author's `src` is fetched, in the one file allowed to. */
const PRIVACY = [
  /\b(?:localStorage|sessionStorage|indexedDB|cookieStore)\b/,
  /\bdocument\.cookie\b/,
  /\bcaches\./,
  /\b(?:sendBeacon|XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection)\b/,
  /\bnavigator\.(?:serviceWorker|geolocation)\b/,
  /\bnew\s+Image\b/,
];
const FETCH = /\bfetch\s*\(/;
const FETCHER = 'src/content/author-content.ts';

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.[cm]?[jt]s$/.test(entry.name)) yield path;
  }
}

const found = [];
for (const file of files(join(root, 'src'))) {
  const name = relative(root, file);
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const hit =
        [...SINKS, ...PRIVACY].some((pattern) => pattern.test(line)) ||
        (FETCH.test(line) && name !== FETCHER);
      if (hit) found.push(`${name}:${i + 1}: ${line.trim()}`);
    });
}
if (found.length) {
  console.error(
    `sinks: markup or code made from strings, storage, or a request in src/:\n${found.join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `sinks: no markup or code from strings, no storage, one fetch (${FETCHER}, for src) in src/`,
);
