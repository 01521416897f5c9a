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

// Character classes of the tag reader, by char code (a hot loop: no regex per character).
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAlpha = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isAlnum = (c: number) => isAlpha(c) || (c >= 48 && c <= 57);
// `<` is never part of an attribute name, so `<a <a <a` fails at once instead of backtracking.
const inAttributeName = (c: number) =>
  !isSpace(c) && c !== 34 && c !== 39 && c !== 62 && c !== 47 && c !== 61 && c !== 60 && c === c;
const inUnquoted = (c: number) =>
  !isSpace(c) && c !== 34 && c !== 39 && c !== 61 && c !== 60 && c !== 62 && c !== 96 && c === c;

/** Where the run of characters matching `test` that starts at `i` ends. */
function skip(source: string, i: number, test: (c: number) => boolean): number {
  while (i < source.length && test(source.charCodeAt(i))) i += 1;
  return i;
}

/** Deeper than this, tags are kept as text: no answer nests a hundred lists. */
const MAX_DEPTH = 100;

interface Tag {
  closing: boolean;
  name: string;
  /** The value of its `href` attribute, if it has one. */
  href?: string;
  /** Where the tag ends (after its `>`). */
  end: number;
}

/**
 * Reads one well-formed start or end tag at `at` (a `<`), or null: then it is text. Linear:
 * a failed read stops at the first character that cannot belong to a tag, and never passes a
 * `<` outside a quoted value (whose end is the next quote of its kind).
 */
function readTag(source: string, at: number): Tag | null {
  let i = at + 1;
  const closing = source.charCodeAt(i) === 47;
  if (closing) i += 1;
  if (!isAlpha(source.charCodeAt(i))) return null;
  const nameEnd = skip(source, i, isAlnum);
  const name = source.slice(i, nameEnd).toLowerCase();
  i = nameEnd;
  let href: string | undefined;
  for (;;) {
    const spaced = skip(source, i, isSpace);
    const c = source.charCodeAt(spaced);
    if (c === 62) return { closing, name, href, end: spaced + 1 };
    if (c === 47 && source.charCodeAt(spaced + 1) === 62) {
      return { closing, name, href, end: spaced + 2 };
    }
    if (spaced === i) return null;
    const keyEnd = skip(source, spaced, inAttributeName);
    if (keyEnd === spaced) return null;
    const key = source.slice(spaced, keyEnd);
    i = keyEnd;
    let value = '';
    const equals = skip(source, i, isSpace);
    if (source.charCodeAt(equals) === 61) {
      i = skip(source, equals + 1, isSpace);
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = source.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueEnd = skip(source, i, inUnquoted);
        if (valueEnd === i) return null;
        value = source.slice(i, valueEnd);
        i = valueEnd;
      }
    }
    if (key.length === 4 && key.toLowerCase() === 'href') href = value;
  }
}

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
  if (!text.includes('&')) return text;
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
  // How many frames of each tag are open: an end tag with none open is dropped at once.
  const open = new Map<string, number>();
  const top = () => stack[stack.length - 1]!;
  const push = (frame: Frame) => {
    stack.push(frame);
    open.set(frame.tag, (open.get(frame.tag) ?? 0) + 1);
  };
  const popTo = (depth: number) => {
    while (stack.length > depth) {
      const tag = stack.pop()!.tag;
      open.set(tag, open.get(tag)! - 1);
    }
  };
  const text = (value: string) => {
    // Whitespace between list items is layout, not content.
    const tag = top().tag;
    if ((tag === 'ul' || tag === 'ol') && !value.trim()) return;
    if (value) top().children.push(value);
  };

  let last = 0;
  for (let at = source.indexOf('<'); at >= 0; at = source.indexOf('<', at + 1)) {
    const tag = readTag(source, at);
    if (!tag) continue;
    const start = at;
    const whole = () => source.slice(start, tag.end);
    const name = tag.name;
    text(decodeEntities(source.slice(last, at)));
    last = tag.end;
    at = tag.end - 1;

    if (tag.closing) {
      // A stray end of an allowed tag (after an implied end) is dropped, as HTML does.
      if (open.get(name)) popTo(stack.findLastIndex((frame, i) => i > 0 && frame.tag === name));
      else if (!ALLOWED.includes(name)) text(whole());
      continue;
    }
    // HTML's implied ends: a new item ends the previous one, a block ends an open paragraph.
    if ((name === 'li' && top().tag === 'li') || (/^(p|ul|ol)$/.test(name) && top().tag === 'p')) {
      popTo(stack.length - 1);
    }
    if (
      !ALLOWED.includes(name) ||
      (name === 'li' && !/^(ul|ol)$/.test(top().tag)) ||
      stack.length > MAX_DEPTH
    ) {
      text(whole());
      continue;
    }
    if (name === 'br') {
      top().children.push({ tag: 'br', children: [] });
      continue;
    }
    let href: string | undefined;
    if (name === 'a') {
      href = tag.href === undefined ? undefined : safeHref(tag.href);
      if (!href) {
        // A link to an unsafe address keeps its words, as plain text.
        push({ tag: 'a', children: top().children });
        continue;
      }
    }
    const element: RichElement = { tag: name as RichTag, children: [] };
    if (href) element.href = href;
    top().children.push(element);
    push({ tag: name, children: element.children });
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
