/**
 * The small markup an FAQ answer written in JSON may carry: paragraphs, links, emphasis,
 * lists and line breaks. A hand-written tokenizer reads the string (no HTML parser, so
 * nothing is a Trusted Types sink and nothing runs), and only allow-listed tags become
 * new elements; every other tag is shown as the text the editor typed.
 */
import { checkUrl } from '../internal/safe-url.js';

export type RichTag = 'p' | 'a' | 'em' | 'strong' | 'ul' | 'ol' | 'li' | 'br';

export interface RichElement {
  tag: RichTag;
  /** Only on `a`: an http, https, mailto, tel or relative address. */
  href?: string;
  children: RichNode[];
}

export type RichNode = string | RichElement;

const ALLOWED = ['p', 'a', 'em', 'strong', 'ul', 'ol', 'li', 'br'];

// A start or end tag with well-formed attributes; anything else stays text.
const TAG =
  /<(\/?)([a-z][a-z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references an editor is likely to type; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()]!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** The address a link may keep, or undefined: `javascript:`, `data:` and the like never pass. */
export function safeHref(raw: string): string | undefined {
  const checked = checkUrl(decodeEntities(raw), { relative: true, mailAndPhone: true });
  return checked.ok ? checked.href : undefined;
}

interface Frame {
  tag: string;
  children: RichNode[];
}

/** Reads an answer into allow-listed nodes; pure (no DOM), so it also runs on a server. */
export function parseRichText(source: string): RichNode[] {
  const root: RichNode[] = [];
  const stack: Frame[] = [{ tag: '', children: root }];
  const top = () => stack[stack.length - 1]!;
  const text = (value: string) => {
    // Whitespace between list items is layout, not content.
    if (/^(ul|ol)$/.test(top().tag) && !value.trim()) return;
    if (value) top().children.push(value);
  };

  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const [whole, closing, rawName, attributes] = match;
    const name = rawName!.toLowerCase();
    text(decodeEntities(source.slice(last, match.index)));
    last = match.index + whole.length;

    if (closing) {
      const depth = stack.findLastIndex((frame, i) => i > 0 && frame.tag === name);
      // A stray end of an allowed tag (after an implied end) is dropped, as HTML does.
      if (depth > 0) stack.length = depth;
      else if (!ALLOWED.includes(name)) text(whole);
      continue;
    }
    // HTML's implied ends: a new item ends the previous one, a block ends an open paragraph.
    if ((name === 'li' && top().tag === 'li') || (/^(p|ul|ol)$/.test(name) && top().tag === 'p')) {
      stack.pop();
    }
    if (!ALLOWED.includes(name) || (name === 'li' && !/^(ul|ol)$/.test(top().tag))) {
      text(whole);
      continue;
    }
    if (name === 'br') {
      top().children.push({ tag: 'br', children: [] });
      continue;
    }
    let href: string | undefined;
    if (name === 'a') {
      for (const [, key, ...values] of attributes!.matchAll(ATTRIBUTE)) {
        if (key!.toLowerCase() === 'href')
          href = safeHref(values.find((v) => v !== undefined) ?? '');
      }
      if (!href) {
        // A link to an unsafe address keeps its words, as plain text.
        stack.push({ tag: 'a', children: top().children });
        continue;
      }
    }
    const element: RichElement = { tag: name as RichTag, children: [] };
    if (href) element.href = href;
    top().children.push(element);
    stack.push({ tag: name, children: element.children });
  }
  text(decodeEntities(source.slice(last)));
  return root;
}

/** Builds new elements for parsed nodes; text is only ever a Text node. */
export function renderRichText(nodes: readonly RichNode[], into: Element | DocumentFragment): void {
  const doc = into.ownerDocument ?? document;
  for (const node of nodes) {
    if (typeof node === 'string') {
      into.append(doc.createTextNode(node));
      continue;
    }
    const element = doc.createElement(node.tag);
    if (node.href) element.setAttribute('href', node.href);
    renderRichText(node.children, element);
    into.append(element);
  }
}
