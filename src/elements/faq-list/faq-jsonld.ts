import { inDocumentOrder, writeJsonLd } from '../../internal/json-ld.js';

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

const lists = new Set<FaqJsonLdSource>();

/**
 * Keeps the page's one FAQPage block in step: it covers every included list, in document
 * order, and is removed when none remains. Two lists never write two blocks.
 */
export function syncFaqJsonLd(list: FaqJsonLdSource, include: boolean): void {
  if (include) lists.add(list);
  else lists.delete(list);
  const mainEntity = inDocumentOrder(lists).flatMap((source) => source.jsonLdQuestions);
  writeJsonLd(
    list.ownerDocument,
    'data-faq-list',
    mainEntity.length ? { '@type': 'FAQPage', mainEntity } : undefined,
  );
}
