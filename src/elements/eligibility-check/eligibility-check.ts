import { defineElement } from '../../define.js';
import { EligibilityCheck, type EligibilityResultDetail } from './eligibility-check.component.js';

export { EligibilityCheck };
export type { EligibilityResultDetail };
export type {
  EligibilityAnswers,
  EligibilityResult,
  Outcome,
  ReasonId,
} from '../../eligibility/engine.js';

defineElement('eligibility-check', EligibilityCheck);

declare global {
  interface HTMLElementTagNameMap {
    'eligibility-check': EligibilityCheck;
  }
  interface HTMLElementEventMap {
    'eligibility-result': CustomEvent<EligibilityResultDetail>;
  }
}
