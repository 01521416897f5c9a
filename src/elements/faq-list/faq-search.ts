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

/** Sets an element's text with `<mark>` around the spans (plain DOM: cheap for 1,000 questions). */
export function setMarked(
  element: HTMLElement,
  text: string,
  spans: readonly [number, number][],
): void {
  const nodes: (Node | string)[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) nodes.push(text.slice(at, start));
    const mark = element.ownerDocument.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  element.replaceChildren(...nodes);
}

/** Wraps the words in `<mark class="hit">` inside an answer, after removing earlier marks. */
export function markAnswer(root: HTMLElement, words: readonly string[]): void {
  for (const old of root.querySelectorAll('mark.hit')) old.replaceWith(...old.childNodes);
  root.normalize();
  if (!words.length) return;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const spans = matchSpans(fold(text.data), words);
    // From the end, so earlier offsets stay valid while the node is split.
    for (let i = spans.length - 1; i >= 0; i--) {
      const [start, end] = spans[i]!;
      const hit = text.splitText(start);
      hit.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.className = 'hit';
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}

const BLOCK = /^(P|LI|UL|OL|BR|DIV|H[1-6]|DT|DD|DL|TR|BLOCKQUOTE|SECTION|TABLE|FIGCAPTION)$/;

/** An answer as plain text: one line per block, spaces collapsed (for search and JSON-LD). */
export function plainText(node: Node): string {
  return collect(node)
    .replace(/ +/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

function collect(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE || /^(SCRIPT|STYLE|TEMPLATE)$/.test(node.nodeName)) {
    return '';
  }
  let text = '';
  for (const child of node.childNodes) text += collect(child);
  return BLOCK.test(node.nodeName) ? `\n${text}\n` : text;
}
