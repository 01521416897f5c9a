import { html } from 'lit';
import type { DemoSection } from './index.js';

export const sourceListSection: DemoSection = {
  tag: 'source-list',
  title: 'numbered sources, linked both ways with the evidence cards',
  render: () => html`
    <div class="demo-state">
      <h3>
        An evidence card and pack="ketamine-addiction": the card’s citations take the list’s
        numbers, and each entry links back to the card
      </h3>
      <evidence-card study="dakwar-2019" heading-level="4"></evidence-card>
      <source-list pack="ketamine-addiction" heading-level="4"></source-list>
    </div>
    <div class="demo-state">
      <h3>pack="ketamine-addictive": the second article’s three references</h3>
      <source-list pack="ketamine-addictive" heading-level="4"></source-list>
    </div>
    <div class="demo-state">
      <h3>Deep link to an entry</h3>
      <p><a href="#source-6">#source-6</a> (Grabski et al., 2022: KARE)</p>
    </div>
  `,
};
