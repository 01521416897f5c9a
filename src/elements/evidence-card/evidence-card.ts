import { defineElement } from '../../define.js';
import { EvidenceCard } from './evidence-card.component.js';

export { EvidenceCard };
export type { EvidenceCardVariant } from './evidence-card.component.js';
export type {
  Evidence,
  EvidenceStudy,
  EvidenceSubstance,
  Strength,
} from '../../content/evidence.js';

defineElement('evidence-card', EvidenceCard);

declare global {
  interface HTMLElementTagNameMap {
    'evidence-card': EvidenceCard;
  }
}
