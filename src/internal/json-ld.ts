/**
 * The page's JSON-LD blocks in `<head>`, one per marker: FAQPage for `<faq-list>`,
 * MedicalWebPage for `<medical-disclaimer>`. Search engines read them; readers never see them.
 */

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under Trusted Types a script's text is a guarded sink, even for JSON-LD. A private policy
 * named `clinic-widgets` lets through only text that parses as JSON. Where the page does not
 * allow that name, the text goes in as a Text node: still read by crawlers, with a report.
 */
function jsonPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }
  ).trustedTypes;
  try {
    policy =
      factory?.createPolicy('clinic-widgets', {
        createScript: (text: string) => {
          JSON.parse(text);
          return text;
        },
      }) ?? null;
  } catch {
    policy = null;
  }
  return policy;
}

function writeJson(script: HTMLScriptElement, text: string): void {
  const trusted = jsonPolicy();
  if (trusted) script.text = trusted.createScript(text) as string;
  else script.replaceChildren(script.ownerDocument.createTextNode(text));
}

/**
 * Writes `data` as the page's one block marked `marker` (a `data-*` attribute name), or
 * removes that block when `data` is undefined. An unchanged text is not written again.
 */
export function writeJsonLd(doc: Document, marker: string, data: object | undefined): void {
  // A document being rewritten (`document.open()`) has no head for a moment: nothing to do.
  const head = doc.head as HTMLHeadElement | null;
  if (!head) return;
  let script = head.querySelector<HTMLScriptElement>(`script[${marker}]`);
  if (!data) {
    script?.remove();
    return;
  }
  // `<` escaped, so the text can never close its script when a page is serialised.
  const text = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(
    /</g,
    '\\u003c',
  );
  if (!script) {
    script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
    writeJson(script, text);
    head.append(script);
  } else if (script.text !== text) {
    writeJson(script, text);
  }
}

/** Elements that share one block, in document order. */
export function inDocumentOrder<T extends Node>(nodes: Iterable<T>): T[] {
  return [...nodes].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/**
 * A page-wide block made from the elements that take part in it, kept per document: an
 * element moved into another document (an iframe's) leaves the old one's block and joins the
 * new one's, so structured data follows the document the element is in.
 */
export class PageJsonLd<T> {
  private readonly members = new Map<Element, { doc: Document; part: T }>();

  constructor(
    private readonly marker: string,
    /** The block for one document from its members' parts, in page order (undefined: none). */
    private readonly build: (parts: T[]) => object | undefined,
  ) {}

  /** `el` takes part with `part`, or leaves with undefined (or when it is not connected). */
  set(el: Element, part: T | undefined): void {
    const before = this.members.get(el)?.doc;
    const doc = el.ownerDocument;
    if (part === undefined || !el.isConnected) this.members.delete(el);
    else this.members.set(el, { doc, part });
    if (before && before !== doc) this.write(before);
    if (before === doc || this.members.has(el)) this.write(doc);
  }

  private write(doc: Document): void {
    const inDoc = [...this.members].filter(([, m]) => m.doc === doc).map(([el]) => el);
    const parts = inDocumentOrder(inDoc).map((el) => this.members.get(el)!.part);
    writeJsonLd(doc, this.marker, this.build(parts));
  }
}
