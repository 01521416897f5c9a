import { defineElement } from '../../define.js';
import { FaqList, type FaqPackName, type FaqToggleDetail } from './faq-list.component.js';

export { FaqList };
export type { FaqPackName, FaqToggleDetail };

defineElement('faq-list', FaqList);

declare global {
  interface HTMLElementTagNameMap {
    'faq-list': FaqList;
  }
  interface HTMLElementEventMap {
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
