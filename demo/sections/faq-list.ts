import { html } from 'lit';
import type { Locale } from '../../src/context/clinic-context.js';
import type { DemoState } from '../state.js';
import type { DemoSection } from './index.js';

/**
 * Shows the page's FAQPage JSON-LD as the lists write it into `document.head`, and follows
 * it as lists change (a small element so each copy of the section watches on its own).
 */
class DemoFaqJsonLd extends HTMLElement {
  private observer?: MutationObserver;

  connectedCallback(): void {
    const pre = this.querySelector('pre') ?? this.appendChild(document.createElement('pre'));
    pre.className = 'code';
    // It scrolls: keyboard users reach it, and screen readers hear what it is.
    pre.tabIndex = 0;
    pre.setAttribute('role', 'region');
    pre.setAttribute('aria-label', 'FAQPage JSON-LD');
    const draw = () => {
      const script = document.head.querySelector(
        'script[type="application/ld+json"][data-faq-list]',
      );
      pre.textContent = script?.textContent
        ? JSON.stringify(JSON.parse(script.textContent), null, 2)
        : '(no FAQPage block on this page)';
    };
    this.observer = new MutationObserver(draw);
    this.observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    draw();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }
}
if (!customElements.get('demo-faq-jsonld')) customElements.define('demo-faq-jsonld', DemoFaqJsonLd);

/** A clinic's own FAQ pasted into a CMS page (facts from the addiction article's cost section). */
function pastedFaq(locale: Locale) {
  return locale === 'fr'
    ? html`<faq-list searchable heading-level="4">
        <details id="fees">
          <summary>Combien coûte la thérapie assistée par la kétamine?</summary>
          <p>
            Le parcours psychédélique KAT commence à 1&nbsp;585&nbsp;$&nbsp;CA, plus 795&nbsp;$ par
            séance supplémentaire; le parcours psycholytique KAT commence à
            1&nbsp;530&nbsp;$&nbsp;CA, plus 740&nbsp;$ par séance supplémentaire. Les programmes
            personnalisés coûtent de 2&nbsp;325 à 6&nbsp;930&nbsp;$&nbsp;CA.
          </p>
          <p>Un dépôt non remboursable de 300&nbsp;$&nbsp;CA s’applique.</p>
        </details>
        <details id="insurance">
          <summary>Mes assurances couvrent-elles le traitement?</summary>
          <p>
            La kétamine générique (IV, IM ou sublinguale) n’est généralement pas couverte par les
            assurances privées pour un usage psychiatrique ou en dépendance, et les régimes
            provinciaux d’assurance médicaments ne couvrent pas la kétamine hors indication pour les
            troubles liés à l’usage de substances.
          </p>
        </details>
      </faq-list>`
    : html`<faq-list searchable heading-level="4">
        <details id="fees">
          <summary>How much does ketamine-assisted therapy cost?</summary>
          <p>
            The KAT Psychedelic Pathway starts at CAD $1,585, plus $795 per additional session; the
            KAT Psycholytic Pathway starts at CAD $1,530, plus $740 per additional session.
            Customized programs cost CAD $2,325–$6,930.
          </p>
          <p>A non-refundable deposit of CAD $300 applies.</p>
        </details>
        <details id="insurance">
          <summary>Does insurance cover it?</summary>
          <p>
            Generic IV, IM or SL ketamine is generally not covered by private insurance for
            psychiatric or addiction use, and provincial drug plans do not cover off-label ketamine
            for substance use disorder.
          </p>
        </details>
      </faq-list>`;
}

export const faqListSection: DemoSection = {
  tag: 'faq-list',
  title: 'questions and answers: searchable, linkable, printable',
  render: (state: DemoState) => html`
    <style>
      .demo-faq-beside {
        display: grid;
        gap: 1rem 1.5rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
        align-items: start;
      }
      .demo-faq-beside pre {
        max-height: 40rem;
        overflow: auto;
        white-space: pre-wrap;
        font-size: 0.8125rem;
      }
      .demo-faq-links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
    </style>
    <div class="demo-state">
      <h3>Deep links: each opens its question and scrolls to it (the URL keeps the hash)</h3>
      <ul class="demo-faq-links">
        <li><a href="#how-long-abstinent">#how-long-abstinent</a></li>
        <li><a href="#matthew-perry">#matthew-perry</a></li>
        <li><a href="#cravings-between-sessions">#cravings-between-sessions</a></li>
        <li><a href="#fees">#fees (pasted markup)</a></li>
      </ul>
    </div>
    <div class="demo-faq-beside">
      <div>
        <div class="demo-state">
          <h3>pack="ketamine-addiction" searchable: the addiction article’s eleven questions</h3>
          <faq-list pack="ketamine-addiction" searchable heading-level="4"></faq-list>
        </div>
        <div class="demo-state">
          <h3>Pasted markup: the clinic’s own &lt;details&gt;, adopted as they are</h3>
          ${pastedFaq(state.locale)}
        </div>
        <div class="demo-state">
          <h3>pack="ketamine-addictive" single no-jsonld: one answer open at a time</h3>
          <faq-list pack="ketamine-addictive" single no-jsonld heading-level="4"></faq-list>
        </div>
      </div>
      <div class="demo-state">
        <h3>The page’s one FAQPage JSON-LD block (in document.head), as the lists keep it</h3>
        <demo-faq-jsonld></demo-faq-jsonld>
      </div>
    </div>
  `,
};
