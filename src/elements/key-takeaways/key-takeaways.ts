import { defineElement } from '../../define.js';
import { KeyTakeaways } from './key-takeaways.component.js';

export { KeyTakeaways };
export type { KeyTakeawaysVariant, TakeawaysPackName } from './key-takeaways.component.js';
export type { Takeaways } from '../../content/takeaways.js';

defineElement('key-takeaways', KeyTakeaways);

declare global {
  interface HTMLElementTagNameMap {
    'key-takeaways': KeyTakeaways;
  }
}
