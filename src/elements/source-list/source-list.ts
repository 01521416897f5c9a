import { defineElement } from '../../define.js';
import { SourceList } from './source-list.component.js';

export { SourceList };
export type { SourceListPackName } from './source-list.component.js';
export type { Source, SourceList as SourceListContent } from '../../content/sources.js';

defineElement('source-list', SourceList);

declare global {
  interface HTMLElementTagNameMap {
    'source-list': SourceList;
  }
}
