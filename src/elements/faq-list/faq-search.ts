/**
 * Lower case without accents, character for character with the original, so a match found
 * in the folded text marks the same span of the text a reader sees.
 */
export function fold(text: string): string {
  return text
    .replace(/[^\x00-\x7f]/g, (char) => {
      const base = char.normalize('NFD')[0]!.toLowerCase();
      return base.length === 1 ? base : '\0';
    })
    .toLowerCase();
}

/** The words of a query, folded: every one must appear for a question to match. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Where the words occur in folded text, as sorted, merged `[start, end)` spans. */
export function matchSpans(folded: string, words: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      spans.push([at, at + word.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/**
 * Ranges over the words inside an answer, for the CSS Custom Highlight API: the answer's
 * nodes (the author's own, in the light DOM) are never split or wrapped. `skip` (the
 * author's `<summary>`) is left out.
 */
export function matchRanges(
  root: Node,
  words: readonly string[],
  skip?: Node | null,
): StaticRange[] {
  const ranges: StaticRange[] = [];
  if (!words.length) return ranges;
  const add = (text: Text) => {
    for (const [start, end] of matchSpans(fold(text.data), words)) {
      // Static: nothing for the browser to keep up to date as the page changes.
      ranges.push(
        new StaticRange({
          startContainer: text,
          startOffset: start,
          endContainer: text,
          endOffset: end,
        }),
      );
    }
  };
  if (root.nodeType === Node.TEXT_NODE) {
    add(root as Text);
    return ranges;
  }
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    if (!skip?.contains(text)) add(text);
  }
  return ranges;
}

const BLOCK = /^(P|LI|UL|OL|BR|DIV|H[1-6]|DT|DD|DL|TR|BLOCKQUOTE|SECTION|TABLE|FIGCAPTION)$/;

/**
 * An answer as plain text: one line per block, spaces collapsed (for search and JSON-LD).
 * `skip` (the author's `<summary>`, which is the question) is left out.
 */
export function plainText(node: Node, skip?: Node | null): string {
  return collect(node, skip)
    .replace(/ +/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

function collect(node: Node, skip?: Node | null): string {
  if (node === skip) return '';
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE || /^(SCRIPT|STYLE|TEMPLATE)$/.test(node.nodeName)) {
    return '';
  }
  let text = '';
  for (const child of node.childNodes) text += collect(child, skip);
  return BLOCK.test(node.nodeName) ? `\n${text}\n` : text;
}

/** The name of the page's one highlight of search matches in answers (`::highlight()`). */
export const MATCH_HIGHLIGHT = 'cw-faq-match';

const shownRanges = new WeakMap<Element, Set<AbstractRange>>();

/**
 * Puts a list's match ranges into its page's highlight: in place of its earlier ones, or
 * (`add`) beside them.
 */
export function highlightMatches(list: Element, ranges: AbstractRange[], add = false): void {
  const view = list.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  if (!view || !registry || typeof view.Highlight !== 'function') return;
  let highlight = registry.get(MATCH_HIGHLIGHT);
  if (!highlight) registry.set(MATCH_HIGHLIGHT, (highlight = new view.Highlight()));
  let own = shownRanges.get(list);
  if (!own) shownRanges.set(list, (own = new Set()));
  if (!add) {
    for (const range of own) highlight.delete(range);
    own.clear();
  }
  for (const range of ranges) {
    highlight.add(range);
    own.add(range);
  }
}
