import { defineElement } from '../../define.js';
import { CostEstimate, type EstimateChangeDetail } from './cost-estimate.component.js';

export { CostEstimate };
export type { CostEstimateVariant, EstimateChangeDetail } from './cost-estimate.component.js';
export type { CostPathway, CostPrices } from '../../content/cost.js';

defineElement('cost-estimate', CostEstimate);

declare global {
  interface HTMLElementTagNameMap {
    'cost-estimate': CostEstimate;
  }
  interface HTMLElementEventMap {
    'estimate-change': CustomEvent<EstimateChangeDetail>;
  }
}
