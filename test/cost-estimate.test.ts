import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import type { CostPrices } from '../src/content/cost.js';
import {
  CostEstimate,
  type EstimateChangeDetail,
} from '../src/elements/cost-estimate/cost-estimate.js';
import '../src/elements/clinic-context/clinic-context.js';
import { jsonUrl, quietErrors } from './helpers/fixtures.js';
import { en, fr } from './helpers/strings.js';

const shadow = (el: CostEstimate) => el.shadowRoot!;
/** Text as a reader gets it, white space (the no-break spaces of French too) collapsed. */
const words = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: CostEstimate, selector: string) =>
  shadow(el).querySelector<T>(selector);
const $$ = (el: CostEstimate, selector: string) => [...shadow(el).querySelectorAll(selector)];

/** The sum as label → figure, row by row. */
const rows = (el: CostEstimate) =>
  $$(el, '.sum .row').map((row) => [
    words(row.querySelector('dt')),
    row.querySelector('dd')!.textContent!.trim(),
  ]);
const radios = (el: CostEstimate) => $$(el, 'input[type="radio"]') as HTMLInputElement[];
const field = (el: CostEstimate) => $<HTMLInputElement>(el, 'input[type="number"]');
const status = (el: CostEstimate) => words($(el, '[role="status"]'));

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function estimator(template = html`<cost-estimate></cost-estimate>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('cost-estimate')!;
  await el.updateComplete;
  return el;
}

/** Focuses the session field and replaces its text by typing, key by key. */
async function typeSessions(el: CostEstimate, text: string) {
  const input = field(el)!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  for (const key of text) await sendKeys({ press: key });
  await el.updateComplete;
}

const own: CostPrices = {
  currency: 'USD',
  deposit: { amount: 150, refundable: true },
  pathways: [
    { id: 'standard', name: 'Standard course', from: 1000, perSession: 250.5 },
    { id: 'bespoke', name: 'Bespoke course', from: 3000, to: 5000 },
  ],
};

function withJson(text: string): HTMLElement {
  const el = document.createElement('cost-estimate');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  return el;
}

describe('<cost-estimate>', () => {
  describe('in English, with the clinic’s published prices', () => {
    it('shows every pathway with its "from" price, the first one chosen, and its sum', async () => {
      const el = await estimator();
      expect(el).to.be.instanceOf(CostEstimate);
      expect(radios(el).map((r) => words(r.closest('label')))).to.deep.equal([
        'KAT Psychedelic Pathway from $1,585, plus $795 per additional session',
        'KAT Psycholytic Pathway from $1,530, plus $740 per additional session',
        'Customised program $2,325 to $6,930',
      ]);
      expect(radios(el).map((r) => r.checked)).to.deep.equal([true, false, false]);
      expect(words($(el, 'legend'))).to.equal('Pathway');
      expect(rows(el)).to.deep.equal([
        ['KAT Psychedelic Pathway, from', '$1,585'],
        ['+ 0 additional sessions × $795', '$0'],
        ['= Estimated total, from', '$1,585'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('says every price is a "from" price, in which currency, and that the intake call confirms it', async () => {
      const el = await estimator();
      expect(words($(el, '.prices-note'))).to.equal(
        'Every price here is a “from” price: what a course starts at. Prices in Canadian dollars (CAD).',
      );
      expect(words($(el, '.confirm'))).to.equal(en.costEstimate.confirm);
      // Without an intake address there is no link to nowhere.
      expect($(el, '.confirm a')).to.equal(null);
    });

    it('shows the deposit as the clinic states it, beside the total, not in it', async () => {
      const el = await estimator();
      expect(words($(el, '.deposit'))).to.equal('A non-refundable deposit of $300 applies.');
      expect(rows(el).at(-1)![1]).to.equal('$1,585');
    });

    it('lists the insurance notes under their own heading', async () => {
      const el = await estimator(html`<cost-estimate heading-level="3"></cost-estimate>`);
      expect(words($(el, '.insurance-title'))).to.equal('Insurance');
      expect($(el, '.insurance-title')!.localName).to.equal('h4');
      const notes = $$(el, '.insurance li').map(words);
      expect(notes).to.have.length(4);
      expect(notes[0]).to.match(
        /^Spravato \(esketamine\): Prior authorisation is sometimes available/,
      );
      expect(notes[1]).to.contain('Private insurance generally does not cover it');
      expect(notes[2]).to.equal(
        'Provincial drug plans: They do not cover off-label ketamine for a substance use disorder.',
      );
      expect(notes[3]).to.contain('Veterans Affairs Canada (VAC)');
    });

    it('links the intake call from the clinic context', async () => {
      const el = await estimator(
        html`<clinic-context intake-url="/intake"><cost-estimate></cost-estimate></clinic-context>`,
      );
      const link = $<HTMLAnchorElement>(el, '.confirm a')!;
      expect(link.getAttribute('href')).to.equal('/intake');
      expect(words(link)).to.equal('Book an intake call');
      await expect(el).to.be.accessible();
    });

    it('refuses an intake-url that is not a safe address, and says so to the author', async () => {
      const { errors, restore } = quietErrors();
      try {
        const el = await estimator(
          html`<clinic-context intake-url="/intake"
            ><cost-estimate intake-url="java&#9;script:alert(1)"></cost-estimate
          ></clinic-context>`,
        );
        expect($(el, '.confirm a')).to.equal(null);
      } finally {
        restore();
      }
      expect(errors.some((e) => e.includes('intake-url'))).to.equal(true);
    });
  });

  describe('in Canadian French', () => {
    it('formats money as « 1 585 $ » and speaks French throughout', async () => {
      const el = await estimator(html`<cost-estimate locale="fr"></cost-estimate>`);
      expect(rows(el)).to.deep.equal([
        ['Parcours psychédélique KAT, à partir de', '1\u00a0585\u00a0$'],
        ['+ 0 séance supplémentaire × 795 $', '0\u00a0$'],
        ['= Total estimé, à partir de', '1\u00a0585\u00a0$'],
      ]);
      expect(words($(el, '.prices-note'))).to.contain('Prix en dollars canadiens (CAD).');
      expect(words($(el, '.deposit'))).to.equal('Un dépôt non remboursable de 300 $ s’applique.');
      expect(words($(el, '.confirm'))).to.equal(fr.costEstimate.confirm);
      expect($(el, '.base')!.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('follows the page’s lang when it changes, with French prices', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><cost-estimate></cost-estimate></div>`,
      );
      const el = wrapper.querySelector('cost-estimate')!;
      await el.updateComplete;
      expect(words($(el, '.name'))).to.equal('KAT Psychedelic Pathway');
      wrapper.lang = 'fr-CA';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(words($(el, '.name'))).to.equal('Parcours psychédélique KAT');
      expect(words($(el, '.insurance li'))).to.contain('autorisation préalable');
    });

    it('says plural sessions in French only above one', async () => {
      const el = await estimator(html`<cost-estimate locale="fr" sessions="2"></cost-estimate>`);
      expect(rows(el)[1]![0]).to.equal('+ 2 séances supplémentaires × 795 $');
      expect(rows(el)[2]![1]).to.equal('3\u00a0175\u00a0$');
    });
  });

  describe('with the keyboard', () => {
    it('moves between pathways with the arrow keys, and tells the page the estimate only', async () => {
      const el = await estimator();
      radios(el)[0]!.focus();
      const heard = oneEvent(el, 'estimate-change');
      await sendKeys({ press: 'ArrowDown' });
      const event = (await heard) as CustomEvent<EstimateChangeDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        pathway: 'kat-psycholytic',
        sessions: 0,
        total: { min: 153000, max: 153000 },
      });
      expect(Object.keys(event.detail)).to.deep.equal(['pathway', 'sessions', 'total']);
      await el.updateComplete;
      expect(radios(el)[1]!.checked).to.equal(true);
      expect(rows(el)[0]).to.deep.equal(['KAT Psycholytic Pathway, from', '$1,530']);
      expect(status(el)).to.equal(
        'KAT Psycholytic Pathway with 0 additional sessions: estimate from $1,530.',
      );
    });

    it('reaches the session field with Tab, and steps it with the arrow keys', async () => {
      const el = await estimator();
      radios(el)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(field(el));
      expect(words(shadow(el).querySelector(`label[for="${field(el)!.id}"]`))).to.equal(
        'Additional sessions',
      );
      const heard = oneEvent(el, 'estimate-change');
      await sendKeys({ press: 'ArrowUp' });
      expect(((await heard) as CustomEvent<EstimateChangeDetail>).detail).to.deep.equal({
        pathway: 'kat-psychedelic',
        sessions: 1,
        total: { min: 238000, max: 238000 },
      });
      await el.updateComplete;
      expect(rows(el)).to.deep.equal([
        ['KAT Psychedelic Pathway, from', '$1,585'],
        ['+ 1 additional session × $795', '$795'],
        ['= Estimated total, from', '$2,380'],
      ]);
      expect(status(el)).to.equal(
        'KAT Psychedelic Pathway with 1 additional session: estimate from $2,380.',
      );
    });

    it('updates the figures while typing but announces the total only once the reader settles', async () => {
      const el = await estimator();
      const events: EstimateChangeDetail[] = [];
      el.addEventListener('estimate-change', (e) => events.push(e.detail));
      await typeSessions(el, '12');
      // The figures follow each keystroke; the live region and the page hear nothing yet.
      expect(rows(el).at(-1)).to.deep.equal(['= Estimated total, from', '$11,125']);
      expect(status(el)).to.equal('');
      expect(events).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(status(el)).to.equal(
        'KAT Psychedelic Pathway with 12 additional sessions: estimate from $11,125.',
      );
      expect(events).to.deep.equal([
        { pathway: 'kat-psychedelic', sessions: 12, total: { min: 1112500, max: 1112500 } },
      ]);
    });

    it('announces a typed count when the reader presses Enter', async () => {
      const el = await estimator();
      await typeSessions(el, '7');
      expect(status(el)).to.equal('');
      const heard = oneEvent(el, 'estimate-change');
      await sendKeys({ press: 'Enter' });
      expect(((await heard) as CustomEvent<EstimateChangeDetail>).detail.sessions).to.equal(7);
      await el.updateComplete;
      expect(status(el)).to.equal(
        'KAT Psychedelic Pathway with 7 additional sessions: estimate from $7,150.',
      );
      expect(deepActive()).to.equal(field(el));
    });

    it('keeps the last estimate and names the problem when the count is out of range', async () => {
      const el = await estimator();
      await typeSessions(el, '13');
      const input = field(el)!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.value).to.equal('13');
      expect(words($(el, '.error'))).to.equal(
        'Enter a whole number from 0 to 12. The estimate shows the last one you entered.',
      );
      expect(input.getAttribute('aria-describedby')).to.contain('sessions-error');
      // "1" was the last whole number typed on the way to "13".
      expect(rows(el).at(-1)![1]).to.equal('$2,380');
      await expect(el).to.be.accessible();
      await typeSessions(el, '4');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '.error')).to.equal(null);
      expect(rows(el).at(-1)![1]).to.equal('$4,765');
    });
  });

  describe('the customised program', () => {
    it('is a range, never one figure, and has no session field', async () => {
      const el = await estimator(html`<cost-estimate pathway="customised"></cost-estimate>`);
      expect(field(el)).to.equal(null);
      expect(rows(el)).to.deep.equal([['Customised program, price range', '$2,325 to $6,930']]);
      expect(words($(el, '.range-note'))).to.equal(en.costEstimate.rangeNote);
      expect(words($(el, '.deposit'))).to.equal('A non-refundable deposit of $300 applies.');
      await expect(el).to.be.accessible();
    });

    it('announces the range and sends it as min and max', async () => {
      const el = await estimator();
      const heard = oneEvent(el, 'estimate-change');
      radios(el)[2]!.click();
      expect(((await heard) as CustomEvent<EstimateChangeDetail>).detail).to.deep.equal({
        pathway: 'customised',
        sessions: 0,
        total: { min: 232500, max: 693000 },
      });
      await el.updateComplete;
      expect(status(el)).to.equal('Customised program: estimate from $2,325 to $6,930.');
    });
  });

  describe('a clinic’s own prices', () => {
    it('replace the built-in ones (currency, cents, a refundable deposit)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = withJson(JSON.stringify(own)) as CostEstimate;
      wrapper.append(el);
      await el.updateComplete;
      expect(el.content.source).to.equal('json');
      expect(radios(el)).to.have.length(2);
      expect(words($(el, '.prices-note'))).to.contain('Prices in US dollars (USD).');
      // Another dollar than the reader's own is marked (US$); one figure has cents, so all do.
      expect(rows(el)).to.deep.equal([
        ['Standard course, from', 'US$1,000.00'],
        ['+ 0 additional sessions × US$250.50', 'US$0.00'],
        ['= Estimated total, from', 'US$1,000.00'],
      ]);
      expect(words($(el, '.deposit'))).to.equal('A refundable deposit of US$150.00 applies.');
      expect($(el, '.insurance')).to.equal(null);
      expect(words(shadow(el))).not.to.contain('1,585');
      await expect(el).to.be.accessible();
    });

    it('load from src', async () => {
      const el = await estimator(html`<cost-estimate src=${jsonUrl(own)}></cost-estimate>`);
      await new Promise<void>((resolve) => {
        const poll = () =>
          el.content.status === 'ready' ? resolve() : requestAnimationFrame(poll);
        poll();
      });
      await el.updateComplete;
      expect(el.content.source).to.equal('src');
      expect(words($(el, '.name'))).to.equal('Standard course');
    });

    it('that fail validation: the author gets each error by path, the reader a notice and no prices at all', async () => {
      const bad = {
        ...own,
        pathways: [{ id: 'standard', name: 'Standard', from: 10.005, perSession: 5 }],
      };
      const { errors, restore } = quietErrors();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const heard = oneEvent(wrapper, 'content-error');
        const el = withJson(JSON.stringify(bad)) as CostEstimate;
        wrapper.append(el);
        const event = (await heard) as CustomEvent<ContentErrorDetail>;
        expect(event.detail).to.deep.equal({
          source: 'json',
          issues: [
            { path: 'pathways[0].from', message: 'must have at most two decimals (whole cents)' },
          ],
        });
        await el.updateComplete;
        expect(words($(el, '.content-notice'))).to.equal(en.common.contentError);
        // Never the built-in prices of another clinic in their place: no figure at all.
        expect(words(shadow(el))).not.to.match(/\$|\d/);
        expect($(el, 'input')).to.equal(null);
        expect(words($(el, '.confirm'))).to.equal(en.costEstimate.confirm);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
      expect(errors.some((e) => e.includes('pathways[0].from'))).to.equal(true);
    });

    it('that are not JSON: the same notice, and no prices', async () => {
      const { errors, restore } = quietErrors();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const heard = oneEvent(wrapper, 'content-error');
        const el = withJson('{"currency": "CAD", pathways: [') as CostEstimate;
        wrapper.append(el);
        const event = (await heard) as CustomEvent<ContentErrorDetail>;
        expect(event.detail.issues[0]!.path).to.equal('(json)');
        await el.updateComplete;
        expect(words(shadow(el))).not.to.match(/\$|\d/);
      } finally {
        restore();
      }
      expect(errors.length).to.be.above(0);
    });
  });

  describe('layout', () => {
    it('has a compact variant: the sum on one line', async () => {
      const el = await estimator(
        html`<cost-estimate variant="compact" sessions="3"></cost-estimate>`,
      );
      expect($(el, '.sum')).to.equal(null);
      expect(words($(el, '.formula'))).to.equal('$1,585 + 3 × $795 = $3,970');
      await expect(el).to.be.accessible();
      const fr = await estimator(
        html`<cost-estimate variant="compact" locale="fr" pathway="customised"></cost-estimate>`,
      );
      expect($(fr, '.formula')!.textContent!.trim()).to.equal(
        'Programme personnalisé, fourchette de prix\u00a0: de 2\u00a0325\u00a0$ à 6\u00a0930\u00a0$',
      );
    });

    it('puts its heading one below the page’s, or at heading-level', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <h2>Fees</h2>
          <cost-estimate></cost-estimate><cost-estimate heading-level="4"></cost-estimate>
        </div>`,
      );
      const [after, set] = [...wrapper.querySelectorAll('cost-estimate')];
      await after!.updateComplete;
      await set!.updateComplete;
      expect($(after!, '.title')!.localName).to.equal('h3');
      expect($(after!, '.estimate-title')!.localName).to.equal('h4');
      expect($(set!, '.title')!.localName).to.equal('h4');
      expect($(set!, '.estimate-title')!.localName).to.equal('h5');
    });

    for (const locale of ['en', 'fr']) {
      it(`fits 320 CSS pixels at 200 % text without scrolling sideways (${locale})`, async () => {
        document.documentElement.style.fontSize = '200%';
        try {
          for (const variant of ['full', 'compact']) {
            const el = await estimator(
              html`<div style="width: 320px">
                <cost-estimate locale=${locale} variant=${variant} sessions="12"></cost-estimate>
              </div>`,
            );
            const box = el.getBoundingClientRect();
            expect(box.width, variant).to.be.at.most(320);
            for (const node of $$(el, '*')) {
              const r = node.getBoundingClientRect();
              if (r.width === 0) continue;
              expect(r.right, `${variant} ${node.localName}.${node.className}`).to.be.at.most(
                box.right + 0.5,
              );
            }
            expect(parseFloat(getComputedStyle($(el, '.base')!).fontSize)).to.be.at.least(28);
          }
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }

    it('keeps its boundaries, field and text visible in forced colours', async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await estimator();
        for (const selector of ['.pathways', '.estimate', 'input[type="number"]']) {
          const style = getComputedStyle($(el, selector)!);
          expect(style.borderTopStyle, selector).to.equal('solid');
          expect(parseFloat(style.borderTopWidth), selector).to.be.at.least(1);
        }
        const total = getComputedStyle($(el, '.total')!);
        expect(total.borderTopColor).to.equal(getComputedStyle($(el, '.total dd')!).color);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('prints the chosen pathway and its figures, not the other choices', async () => {
      const el = await estimator(
        html`<cost-estimate pathway="kat-psycholytic" sessions="2"></cost-estimate>`,
      );
      await emulateMedia({ media: 'print' });
      try {
        const shown = radios(el).map((r) => getComputedStyle(r.closest('label')!).display);
        expect(shown).to.deep.equal(['none', 'flex', 'none']);
        expect(getComputedStyle($(el, '.estimate')!).display).to.equal('grid');
        expect(rows(el).at(-1)![1]).to.equal('$3,010');
        expect(getComputedStyle($(el, '.insurance')!).display).not.to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('privacy', () => {
    it('stores nothing about the reader', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const cookies = document.cookie;
      const el = await estimator();
      radios(el)[1]!.click();
      await typeSessions(el, '5');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal(cookies);
      expect(el.getAttributeNames().sort()).to.deep.equal([]);
    });
  });
});
