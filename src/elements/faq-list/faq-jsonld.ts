import { PageJsonLd } from '../../internal/json-ld.js';

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

// One block per document, covering every included list in it, in document order.
const block = new PageJsonLd<readonly FaqQuestionLd[]>('data-faq-list', (lists) => {
  const mainEntity = lists.flat();
  return mainEntity.length ? { '@type': 'FAQPage', mainEntity } : undefined;
});

/**
 * Keeps the page's one FAQPage block in step: it covers every included list, in document
 * order, and is removed when none remains. Two lists never write two blocks.
 */
export function syncFaqJsonLd(list: FaqJsonLdSource, include: boolean): void {
  block.set(list, include ? list.jsonLdQuestions : undefined);
}
