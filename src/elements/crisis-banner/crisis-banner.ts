import { defineElement } from '../../define.js';
import { CrisisBanner } from './crisis-banner.component.js';

export { CrisisBanner };
export type { CrisisBannerVariant } from './crisis-banner.component.js';
export type { CrisisSupport } from '../../content/crisis-support.js';

defineElement('crisis-banner', CrisisBanner);

declare global {
  interface HTMLElementTagNameMap {
    'crisis-banner': CrisisBanner;
  }
}
