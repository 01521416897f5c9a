/** One schema.org `Question` with its accepted answer, in plain text. */
export interface FaqQuestionLd {
  '@type': 'Question';
  name: string;
  acceptedAnswer: { '@type': 'Answer'; text: string };
}

/** A list that contributes to the page's FAQPage block. */
export interface FaqJsonLdSource extends Element {
  readonly jsonLdQuestions: readonly FaqQuestionLd[];
}

const MARKER = 'data-faq-list';
const lists = new Set<FaqJsonLdSource>();

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
 * Keeps the page's one FAQPage block in step: it covers every included list, in document
 * order, and is removed when none remains. Two lists never write two blocks.
 */
export function syncFaqJsonLd(list: FaqJsonLdSource, include: boolean): void {
  if (include) lists.add(list);
  else lists.delete(list);
  const doc = list.ownerDocument;
  const ordered = [...lists].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const mainEntity = ordered.flatMap((source) => source.jsonLdQuestions);
  let script = doc.head.querySelector<HTMLScriptElement>(`script[${MARKER}]`);
  if (!mainEntity.length) {
    script?.remove();
    return;
  }
  // `<` escaped, so the text can never close its script when a page is serialised.
  const text = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity,
  }).replace(/</g, '\\u003c');
  if (!script) {
    script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    writeJson(script, text);
    doc.head.append(script);
  } else if (script.text !== text) {
    writeJson(script, text);
  }
}
