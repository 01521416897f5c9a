import { html } from 'lit';
import type { DemoState } from '../state.js';
import type { DemoSection } from './index.js';

export const costEstimateSection: DemoSection = {
  tag: 'cost-estimate',
  title: 'what a course may cost, from the clinic’s published prices',
  render: (state: DemoState) => html`
    <style>
      .demo-cost-narrow {
        max-width: 22rem;
      }
    </style>
    <div class="demo-state">
      <h3>Default: the addiction article’s prices, deposit and insurance notes</h3>
      <cost-estimate heading-level="4"></cost-estimate>
    </div>
    <div class="demo-state">
      <h3>pathway="kat-psycholytic" sessions="6"</h3>
      <cost-estimate pathway="kat-psycholytic" sessions="6" heading-level="4"></cost-estimate>
    </div>
    <div class="demo-state">
      <h3>pathway="customised": a range, never one figure</h3>
      <cost-estimate pathway="customised" heading-level="4"></cost-estimate>
    </div>
    <div class="demo-state demo-cost-narrow">
      <h3>variant="compact" (a sidebar)</h3>
      <cost-estimate variant="compact" sessions="3" heading-level="4"></cost-estimate>
    </div>
    <div class="demo-state">
      <h3>
        A clinic’s own prices in a JSON child (cents, a refundable deposit, no insurance notes)
      </h3>
      <cost-estimate heading-level="4" locale=${state.locale}>
        <script type="application/json">
          {
            "currency": "CAD",
            "deposit": { "amount": 250, "refundable": true },
            "pathways": [
              { "id": "standard", "name": "Standard course", "from": 1200, "perSession": 450.5 },
              { "id": "tailored", "name": "Tailored course", "from": 2000, "to": 4000 }
            ]
          }
        </script>
      </cost-estimate>
    </div>
    <div class="demo-state">
      <h3>Invalid prices: a notice and no prices (the console names pathways[0].from)</h3>
      <cost-estimate heading-level="4">
        <script type="application/json">
          {
            "currency": "CAD",
            "pathways": [
              { "id": "standard", "name": "Standard", "from": 1200.005, "perSession": 450 }
            ]
          }
        </script>
      </cost-estimate>
    </div>
  `,
};
