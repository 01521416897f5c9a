import { defineElement } from '../../define.js';
import { QuickExit } from './quick-exit.component.js';

export { QuickExit };
export type { QuickExitVariant } from './quick-exit.component.js';

defineElement('quick-exit', QuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}
