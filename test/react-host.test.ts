import { expect, fixture, html } from '@open-wc/testing';
import type { FaqList } from '../src/elements/faq-list/faq-list.js';
import type { EligibilityCheck } from '../src/elements/eligibility-check/eligibility-check.js';
import { WIDGET_TAGS, settle } from './host-pages/host.js';

interface ReactApp {
  mount(container: HTMLElement): {
    root: { unmount(): void };
    log: { outcomes: string[]; toggles: string[]; estimates: string[] };
  };
}

// Built by scripts/build-test-fixtures.mjs before the tests (React ships CommonJS).
const appUrl = '/test-results/react-app.js';

describe('a React 19 host', () => {
  it('passes properties and hears events from every element', async () => {
    const { mount } = (await import(/* @vite-ignore */ appUrl)) as ReactApp;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const { root, log } = mount(container);
    try {
      await settle(document);
      for (const tag of WIDGET_TAGS) {
        expect(
          container.querySelector(tag)!.shadowRoot!.textContent!.trim().length,
          tag,
        ).to.be.greaterThan(20);
      }

      // The `answers` property (an object) reached the element: the result is shown.
      const check = container.querySelector<EligibilityCheck>('eligibility-check')!;
      expect(check.result?.outcome).to.equal('may-be-candidate');
      expect(log.outcomes).to.include('may-be-candidate');

      // A custom event reaches React's handler and React re-renders from it.
      const faq = container.querySelector<FaqList>('faq-list')!;
      faq.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await settle(document);
      expect(log.toggles).to.have.length(1);
      expect(log.toggles[0]).to.match(/:true$/);
      await new Promise(requestAnimationFrame);
      expect(container.querySelector('#last-toggle')!.textContent).to.equal(
        log.toggles[0]!.split(':')[0],
      );

      // A number property and the estimator's event, both through React.
      const cost = container.querySelector('cost-estimate')!;
      expect(cost.shadowRoot!.textContent).to.contain('$3,175');
      cost.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
      expect(log.estimates).to.deep.equal(['kat-psycholytic:2']);

      // Context changed by React state reaches every widget.
      container.querySelector<HTMLButtonElement>('#to-french')!.click();
      await new Promise(requestAnimationFrame);
      await settle(document);
      expect(container.querySelector('crisis-banner')!.shadowRoot!.textContent).to.match(
        /Urgence|urgence/,
      );
    } finally {
      root.unmount();
    }
  });
});
