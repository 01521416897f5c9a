import { html } from 'lit';
import type { Locale } from '../../src/context/clinic-context.js';
import type { DemoState } from '../state.js';
import type { DemoSection } from './index.js';

/** A clinic's own points pasted into a CMS page: read as they are without script. */
function pastedPoints(locale: Locale) {
  return locale === 'fr'
    ? html`<key-takeaways limit="2">
        <h4>À retenir</h4>
        <ul>
          <li>La kétamine ne remplace pas votre équipe de traitement de la dépendance.</li>
          <li>Chaque séance se déroule à la clinique, sous supervision.</li>
          <li>Un troisième point, caché par limit="2".</li>
        </ul>
      </key-takeaways>`
    : html`<key-takeaways limit="2">
        <h4>Worth remembering</h4>
        <ul>
          <li>Ketamine does not replace your addiction care team.</li>
          <li>Every session happens in the clinic, under supervision.</li>
          <li>A third point, hidden by limit="2".</li>
        </ul>
      </key-takeaways>`;
}

export const keyTakeawaysSection: DemoSection = {
  tag: 'key-takeaways',
  title: 'an article’s key points as a list under its heading',
  render: (state: DemoState) => html`
    <div class="demo-state">
      <h3>pack="ketamine-addiction": the addiction article’s six takeaways</h3>
      <key-takeaways
        pack="ketamine-addiction"
        heading-level="4"
        variant=${state.variant === 'compact' ? 'compact' : 'full'}
      ></key-takeaways>
    </div>
    <div class="demo-state">
      <h3>pack="ketamine-addictive" variant="compact": the second article’s six key points</h3>
      <key-takeaways pack="ketamine-addictive" variant="compact" heading-level="4"></key-takeaways>
    </div>
    <div class="demo-state">
      <h3>Pasted markup: the clinic’s own &lt;ul&gt; under its &lt;h4&gt;, enhanced in place</h3>
      ${pastedPoints(state.locale)}
    </div>
  `,
};
