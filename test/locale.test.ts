import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../src/elements/crisis-banner/crisis-banner.js';
import { ContentController } from '../src/content/content-controller.js';
import type { CrisisBanner } from '../src/elements/crisis-banner/crisis-banner.component.js';
import { catalogue } from '../src/i18n/catalogue.js';
import { formatMoney } from '../src/i18n/numbers.js';
import { ClinicElement } from '../src/internal/clinic-element.js';
import { defineFresh } from './helpers/probe-element.js';
import { en, fr } from './helpers/strings.js';

/** The banner's visible title, as a reader sees it. */
const title = (el: CrisisBanner) =>
  el.shadowRoot!.querySelector('[part="title"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('the locale controller', () => {
  it('re-renders a rendered banner when a wrapper’s lang changes', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><crisis-banner region="CA"></crisis-banner></div>`,
    );
    const el = wrapper.querySelector<CrisisBanner>('crisis-banner')!;
    await el.updateComplete;
    expect(title(el)).to.contain(en.crisisBanner.label);
    wrapper.setAttribute('lang', 'fr-CA');
    await waitUntil(() => title(el).includes(fr.crisisBanner.label), 'the banner turns French');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => title(el).includes(en.crisisBanner.label), 'and back to English');
  });

  it('follows the html element’s lang too', async () => {
    const el = await fixture<CrisisBanner>(html`<crisis-banner region="CA"></crisis-banner>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'fr');
      await waitUntil(() => title(el).includes(fr.crisisBanner.label));
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
    await waitUntil(() => title(el).includes(en.crisisBanner.label));
  });

  it('sets lang and dir on the rendered root, and its own attribute wins over the page', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><crisis-banner locale="fr" region="CA"></crisis-banner></div>`,
    );
    const el = wrapper.querySelector<CrisisBanner>('crisis-banner')!;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('fr');
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(title(el)).to.contain(fr.crisisBanner.label);
  });

  it('waits for the strings of a new locale rather than render a frame without them', async () => {
    let release!: () => void;
    let asked!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const slow = catalogue<{ hello: string }>({
      en: () => Promise.resolve({ default: { hello: 'Hello' } }),
      fr: () => {
        asked();
        return gate.then(() => ({ default: { hello: 'Bonjour' } }));
      },
    });
    class Greeting extends ClinicElement {
      private readonly t = this.l10n.use(slow);
      override render() {
        return litHtml`<p>${this.t().hello}</p>`;
      }
    }
    const tag = defineFresh(Greeting, 'greeting-probe');
    const el = document.createElement(tag) as ClinicElement;
    document.body.append(el);
    try {
      await el.updateComplete;
      const text = () => el.shadowRoot!.querySelector('p')?.textContent;
      expect(text()).to.equal('Hello');
      el.setAttribute('locale', 'fr');
      // The French strings are asked for; a frame passes (a render would have happened).
      await requested;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(text(), 'still English while the French strings load').to.equal('Hello');
      release();
      await el.updateComplete;
      expect(text()).to.equal('Bonjour');
    } finally {
      el.remove();
    }
  });

  it('tells the content controller to read its per-locale pack again', async () => {
    const reads: string[] = [];
    class PackProbe extends ClinicElement {
      readonly content = new ContentController<{ text: string }>(this, {
        schema: () => Promise.reject(new Error('no author content in this test')),
        fallback: () => {
          reads.push(this.resolvedLocale);
          return { value: { text: `pack ${this.resolvedLocale}` }, source: 'pack' };
        },
        fallbackKey: () => this.resolvedLocale,
      });
      override render() {
        return litHtml`<p>${this.content.value?.text}</p>`;
      }
    }
    const tag = defineFresh(PackProbe, 'pack-probe');
    const el = document.createElement(tag) as PackProbe;
    document.body.append(el);
    try {
      await el.updateComplete;
      el.locale = 'fr';
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('pack fr');
      expect(reads).to.deep.equal(['en', 'fr']);
    } finally {
      el.remove();
    }
  });

  it('formats money for the locale: $1,585 in English, 1 585 $ in Canadian French', async () => {
    class MoneyProbe extends ClinicElement {
      override render() {
        const m = (cents: number, currency = 'CAD', withCents?: boolean) =>
          formatMoney(cents, currency, this.l10n.locale, withCents ?? cents % 100 !== 0);
        return litHtml`<p>${[m(158500), m(79550), m(158500, 'CAD', true), m(100000, 'USD')].join('|')}</p>`;
      }
    }
    const tag = defineFresh(MoneyProbe, 'money-probe');
    const el = document.createElement(tag) as MoneyProbe;
    document.body.append(el);
    try {
      await el.updateComplete;
      const text = () => el.shadowRoot!.querySelector('p')!.textContent;
      expect(text()).to.equal('$1,585|$795.50|$1,585.00|US$1,000');
      el.locale = 'fr';
      await el.updateComplete;
      expect(text()).to.equal(
        '1\u00a0585\u00a0$|795,50\u00a0$|1\u00a0585,00\u00a0$|1\u00a0000\u00a0$\u00a0US',
      );
    } finally {
      el.remove();
    }
  });
});
