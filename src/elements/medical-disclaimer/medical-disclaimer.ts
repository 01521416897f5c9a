import { defineElement } from '../../define.js';
import { MedicalDisclaimer } from './medical-disclaimer.component.js';

export { MedicalDisclaimer };
export type { DisclaimerKind } from '../../content/disclaimers.js';

defineElement('medical-disclaimer', MedicalDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'medical-disclaimer': MedicalDisclaimer;
  }
}
