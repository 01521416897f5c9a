import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import { check } from '../src/content/issues.js';
import { evidencePack } from '../src/content/index.js';
import addictionEn from '../src/content/packs/sources-ketamine-addiction/en.js';
import addictiveEn from '../src/content/packs/sources-ketamine-addictive/en.js';
import addictiveFr from '../src/content/packs/sources-ketamine-addictive/fr.js';
import { sourceListSchema } from '../src/content/sources.js';
import { EvidenceCard } from '../src/elements/evidence-card/evidence-card.js';
import { SourceList } from '../src/elements/source-list/source-list.js';
import { jsonUrl, quietErrors } from './helpers/fixtures.js';
import { en, fr } from './helpers/strings.js';

/** The seed's "Sources", verbatim (000_a2e8090d40c15d4f.txt), Dakwar 2014 as Biol Psychiatry. */
const SEED_ADDICTION = [
  'ATMA CENA — coordinated care: https://psychedelic.healthcare/find-care',
  'Krupitsky EM, Grinenko AY (1997 / 2002). Ketamine psychedelic therapy (KPT) for alcohol dependence and heroin addiction. https://pubmed.ncbi.nlm.nih.gov/12495789/',
  'Dakwar E, et al. (2014). The effects of subanesthetic ketamine infusions on motivation to quit and cue-induced craving in cocaine-dependent research volunteers. Biol Psychiatry. https://pubmed.ncbi.nlm.nih.gov/23845443/',
  'Dakwar E, et al. (2019). A single ketamine infusion combined with mindfulness-based behavioral modification to treat cocaine dependence: a randomized clinical trial. Am J Psychiatry. https://pubmed.ncbi.nlm.nih.gov/31230464/',
  'Dakwar E, et al. (2020). A single ketamine infusion combined with motivational enhancement therapy for alcohol use disorder: a randomized midazolam-controlled pilot trial. Am J Psychiatry. https://psychiatryonline.org/doi/full/10.1176/appi.ajp.2019.18101123',
  'Grabski M, et al. (2022). Adjunctive ketamine with relapse prevention–based psychological therapy in the treatment of alcohol use disorder (KARE). Am J Psychiatry. https://pubmed.ncbi.nlm.nih.gov/34855456/',
  'Jones JL, et al. (2018). Efficacy of ketamine in the treatment of substance use disorders: a systematic review. Front Psychiatry. https://www.frontiersin.org/journals/psychiatry/articles/10.3389/fpsyt.2018.00277/full',
  'Worrell SD, Gould TJ (2021) and Ezquerra-Romano II, et al. (2018). Reviews on ketamine mechanisms in addiction. Neuropharmacology.',
  'Bogenschutz MP, et al. (2022). Psilocybin-assisted treatment for alcohol use disorder: a randomized clinical trial. JAMA Psychiatry. https://jamanetwork.com/journals/jamapsychiatry/fullarticle/2795625',
  'NCBI Bookshelf — Ketamine for Adults With Substance Use Disorders: https://www.ncbi.nlm.nih.gov/books/NBK602506/',
  'Health Canada — Ketamine and Controlled Drugs and Substances Act: https://www.canada.ca/en/health-canada/services/substance-use/controlled-illegal-drugs/ketamine.html',
  'Health Canada — Special Access Program (psychedelic-assisted psychotherapy): https://www.canada.ca/en/health-canada/services/drugs-health-products/drug-products/announcements/requests-special-access-program-psychedelic-assisted-psychotherapy.html',
  'CCSA / CRISM — Canadian Substance Use Best Practices: https://crism.ca/',
];

/** The seed's "References", verbatim (003_c7c397ef8e1522ee.txt). */
const SEED_ADDICTIVE = [
  'Zhou J et al. 2023, Neurourology and Urodynamics — Review of ketamine-induced cystitis, a harm associated with chronic high-dose recreational ketamine use. (PMID 36780131)',
  'Sanacora G et al. 2017, JAMA Psychiatry — APA consensus on ketamine, including its supervised therapeutic use and low addiction risk in episodic, monitored dosing. (PMID 28249076)',
  'Schep LJ et al. 2023, Clinical Toxicology — Review of the clinical toxicology of ketamine, including its abuse potential and dose-dependent effects. (PMID 37267048)',
];

const words = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const entries = (el: SourceList) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.entry')];
const entry = (el: SourceList, n: number) => entries(el)[n - 1]!;
const outLink = (li: Element) => li.querySelector<HTMLAnchorElement>('a[target="_blank"]');
const numbers = (card: EvidenceCard) =>
  [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.source-number')].map((a) => ({
    shown: words(a.querySelector('[aria-hidden]')),
    href: a.getAttribute('href'),
    cite: words(a.parentElement!.querySelector('cite')),
  }));

/** Lets the registry's updates (a list or card told of the other) run to their end. */
async function settled(...els: { updateComplete: Promise<unknown> }[]): Promise<void> {
  for (let round = 0; round < 3; round++) await Promise.all(els.map((el) => el.updateComplete));
}

describe('<source-list>', () => {
  describe('pack="ketamine-addiction"', () => {
    it('numbers the article’s 13 sources, each with its text and link exactly as the seed', async () => {
      const el = await fixture<SourceList>(
        html`<source-list pack="ketamine-addiction"></source-list>`,
      );
      expect(entries(el)).to.have.length(13);
      expect(el.shadowRoot!.querySelector('ol')).to.exist;
      SEED_ADDICTION.forEach((line, i) => {
        const li = entry(el, i + 1);
        const [, text, url] = /^(.*?):? (https:\/\/\S+)$/.exec(line) ?? [, line, undefined];
        expect(words(li.querySelector('cite')), `source ${i + 1}`).to.equal(text);
        expect(outLink(li)?.href, `source ${i + 1}`).to.equal(url);
        expect(li.getAttribute('data-fragment')).to.equal(`source-${i + 1}`);
      });
      await expect(el).to.be.accessible();
    });

    it('cites Dakwar 2014 as Biol Psychiatry and the one Krupitsky entry as both reports', async () => {
      const el = await fixture<SourceList>(
        html`<source-list pack="ketamine-addiction"></source-list>`,
      );
      expect(words(entry(el, 3).querySelector('cite'))).to.contain('Biol Psychiatry');
      expect(words(entry(el, 3).querySelector('cite'))).not.to.contain('Am J Psychiatry');
      const krupitsky = words(entry(el, 2).querySelector('cite'));
      expect(krupitsky).to.contain('(1997 / 2002)');
      expect(krupitsky).to.contain('alcohol dependence and heroin addiction');
    });

    it('carries the evidence cards’ six sources with the same citation', () => {
      for (const source of evidencePack.en.sources) {
        const listed = addictionEn.sources.find((s) => s.id === source.id);
        expect(listed, source.id).to.exist;
        const { lang: _lang, ...citation } = listed!;
        expect(citation).to.deep.equal(source);
      }
      expect(check(sourceListSchema, addictionEn).ok).to.equal(true);
    });
  });

  describe('pack="ketamine-addictive"', () => {
    it('lists the article’s 3 references: authors, year, journal and PubMed id as the seed', async () => {
      const el = await fixture<SourceList>(
        html`<source-list pack="ketamine-addictive"></source-list>`,
      );
      expect(entries(el)).to.have.length(3);
      expect(words(el.shadowRoot!.querySelector('.title'))).to.equal('References');
      SEED_ADDICTIVE.forEach((line, i) => {
        const [, authors, year, journal, pmid] = /^(.+?) (\d{4}), (.+?) — .*\(PMID (\d+)\)$/.exec(
          line,
        )!;
        const li = entry(el, i + 1);
        expect(words(li.querySelector('cite'))).to.equal(`${authors} (${year}). ${journal}.`);
        expect(outLink(li)!.href).to.equal(`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`);
        expect(words(outLink(li))).to.contain(`PMID ${pmid}`);
        expect(words(li.querySelector('.note'))).to.equal(addictiveEn.sources[i]!.note);
      });
      expect(check(sourceListSchema, addictiveEn).ok).to.equal(true);
      expect(check(sourceListSchema, addictiveFr).ok).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('reads in Canadian French, the citations kept in their own language', async () => {
      const el = await fixture<SourceList>(
        html`<source-list pack="ketamine-addictive" locale="fr"></source-list>`,
      );
      expect(words(el.shadowRoot!.querySelector('.title'))).to.equal('Références');
      const first = entry(el, 1);
      expect(words(first.querySelector('.note'))).to.equal(
        addictiveFr.sources[0]!.note!.replace(/\s+/g, ' '),
      );
      expect(first.querySelector('cite')!.getAttribute('lang')).to.equal('en');
      expect(words(outLink(first)!.querySelector('.visually-hidden'))).to.equal(
        fr.sourceList.newTab,
      );
      expect(words(first.querySelector('button.copy'))).to.equal(`${fr.sourceList.copy} 1`);
      await expect(el).to.be.accessible();
    });
  });

  it('opens outside links safely in a new tab, with the cards’ new-tab cue', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <evidence-card study="dakwar-2019"></evidence-card>
      </div>`,
    );
    const card = page.querySelector<EvidenceCard>('evidence-card')!;
    await card.updateComplete;
    const list = await fixture<SourceList>(
      html`<source-list pack="ketamine-addiction"></source-list>`,
    );
    const link = outLink(entry(list, 4))!;
    const cardLink = card.shadowRoot!.querySelector<HTMLAnchorElement>('.citation a[target]')!;
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.target).to.equal('_blank');
    // The same cue, made by the same piece: icon and words.
    expect(link.querySelector('svg.external')!.outerHTML).to.equal(
      cardLink.querySelector('svg.external')!.outerHTML,
    );
    expect(words(link)).to.equal('PubMed 31230464 (opens in a new tab)');
    expect(words(link)).to.equal(words(cardLink));
  });

  describe('with evidence cards on the page', () => {
    it('numbers the cards’ citations from the list and links both ways', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <evidence-card substance="alcohol"></evidence-card>
          <source-list pack="ketamine-addiction"></source-list>
        </div>`,
      );
      const card = page.querySelector<EvidenceCard>('evidence-card')!;
      const list = page.querySelector<SourceList>('source-list')!;
      await settled(card, list);
      expect(numbers(card)).to.deep.equal([
        { shown: '[2]', href: '#source-2', cite: numbersCite(2) },
        { shown: '[5]', href: '#source-5', cite: numbersCite(5) },
        { shown: '[6]', href: '#source-6', cite: numbersCite(6) },
      ]);
      const hidden = card.shadowRoot!.querySelector('a.source-number .visually-hidden')!;
      expect(words(hidden)).to.equal(en.evidenceCard.inList(2));
      // Each cited entry links back to the card; the others do not.
      const back = (n: number) =>
        [...entry(list, n).querySelectorAll<HTMLAnchorElement>('.cited-by a')].map((a) => ({
          href: a.getAttribute('href'),
          text: words(a),
        }));
      expect(back(5)).to.deep.equal([
        { href: '#source-5-cited-1', text: '↩ back to Dakwar et al., 2020' },
      ]);
      expect(back(2)).to.have.length(1);
      expect(back(3)).to.deep.equal([]);
      expect(words(entry(list, 5).querySelector('.cited-by'))).to.match(/^Cited in:/);
      await expect(list).to.be.accessible();
      await expect(card).to.be.accessible();
    });

    it('moves the reader from the card’s number to the entry and back, by keyboard', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <evidence-card study="grabski-2022"></evidence-card>
          <source-list pack="ketamine-addiction"></source-list>
        </div>`,
      );
      const card = page.querySelector<EvidenceCard>('evidence-card')!;
      const list = page.querySelector<SourceList>('source-list')!;
      await settled(card, list);
      const number = card.shadowRoot!.querySelector<HTMLAnchorElement>('a.source-number')!;
      number.focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(list);
      expect(list.shadowRoot!.activeElement).to.equal(entry(list, 6));
      expect(entry(list, 6).hasAttribute('data-targeted')).to.equal(true);
      expect(location.hash).to.equal('#source-6');
      // Tab reaches the entry's own controls, then its way back to the card.
      const back = entry(list, 6).querySelector<HTMLAnchorElement>('.cited-by a')!;
      back.focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(card);
      expect(card.shadowRoot!.activeElement).to.equal(number);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('keeps linking cards to the source itself when no list is on the page', async () => {
      const card = await fixture<EvidenceCard>(
        html`<evidence-card substance="cocaine"></evidence-card>`,
      );
      expect(numbers(card)).to.deep.equal([]);
      const links = [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.citation a')];
      expect(links.map((a) => a.href)).to.deep.equal([
        'https://pubmed.ncbi.nlm.nih.gov/23845443/',
        'https://pubmed.ncbi.nlm.nih.gov/31230464/',
      ]);
    });

    it('numbers the cards once a list is added later, and stops when it leaves', async () => {
      const page = await fixture<HTMLElement>(
        html`<div><evidence-card substance="cocaine"></evidence-card></div>`,
      );
      const card = page.querySelector<EvidenceCard>('evidence-card')!;
      await card.updateComplete;
      expect(numbers(card)).to.deep.equal([]);
      const list = document.createElement('source-list') as SourceList;
      list.pack = 'ketamine-addiction';
      page.append(list);
      await settled(card, list);
      expect(numbers(card).map((n) => n.shown)).to.deep.equal(['[3]', '[4]']);
      list.remove();
      await settled(card);
      expect(numbers(card)).to.deep.equal([]);
    });

    it('numbers the cards when the list upgrades after them', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <evidence-card substance="cocaine"></evidence-card>
          <late-source-list pack="ketamine-addiction"></late-source-list>
        </div>`,
      );
      const card = page.querySelector<EvidenceCard>('evidence-card')!;
      await card.updateComplete;
      expect(numbers(card)).to.deep.equal([]);
      customElements.define('late-source-list', class extends SourceList {});
      const list = page.querySelector('late-source-list') as SourceList;
      await settled(card, list);
      expect(numbers(card).map((n) => n.shown)).to.deep.equal(['[3]', '[4]']);
    });

    it('follows the clinic’s own order, matching sources by id or by address', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <evidence-card substance="alcohol"></evidence-card>
          <source-list>
            <script type="application/json">
              {
                "sources": [
                  {
                    "id": "grabski-2022",
                    "authors": "Grabski M, et al.",
                    "year": 2022,
                    "title": "KARE",
                    "url": "https://pubmed.ncbi.nlm.nih.gov/34855456/"
                  },
                  {
                    "authors": "Our clinic",
                    "title": "Our own page",
                    "url": "https://example.org/page"
                  },
                  {
                    "id": "our-dakwar",
                    "authors": "Dakwar E, et al.",
                    "year": 2020,
                    "title": "MET",
                    "url": "https://psychiatryonline.org/doi/full/10.1176/appi.ajp.2019.18101123"
                  }
                ]
              }
            </script>
          </source-list>
        </div>`,
      );
      const card = page.querySelector<EvidenceCard>('evidence-card')!;
      const list = page.querySelector<SourceList>('source-list')!;
      await settled(card, list);
      // Krupitsky is not in this list: no number; Dakwar 2020 by address, Grabski by id.
      expect(numbers(card).map((n) => [n.shown, n.cite.slice(0, 12)])).to.deep.equal([
        ['[3]', 'Dakwar E, et'],
        ['[1]', 'Grabski M, e'],
      ]);
      const listed = entries(list).map((li) => li.querySelectorAll('.cited-by a').length);
      expect(listed).to.deep.equal([1, 0, 1]);
    });

    it('never hands out an id the page already uses, nor one twice for two lists', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <p id="source-4">The page’s own element.</p>
          <evidence-card study="dakwar-2019"></evidence-card>
          <source-list pack="ketamine-addiction"></source-list>
          <source-list pack="ketamine-addiction"></source-list>
        </div>`,
      );
      const card = page.querySelector<EvidenceCard>('evidence-card')!;
      const [first, second] = [...page.querySelectorAll<SourceList>('source-list')];
      await settled(card, first!, second!);
      expect(entry(first!, 3).getAttribute('data-fragment')).to.equal('source-3');
      expect(entry(first!, 4).getAttribute('data-fragment')).to.equal('source-4-2');
      expect(entry(second!, 3).getAttribute('data-fragment')).to.equal('source-3-2');
      expect(entry(second!, 4).getAttribute('data-fragment')).to.equal('source-4-3');
      // The card leads to the first list, under the id it really has.
      expect(numbers(card)).to.deep.include({
        shown: '[4]',
        href: '#source-4-2',
        cite: numbersCite(4),
      });
      const fragments = [first!, second!].flatMap((l) =>
        entries(l).map((li) => li.getAttribute('data-fragment')),
      );
      expect(new Set(fragments).size).to.equal(26);
    });

    it('opens the entry the address names (#source-9)', async () => {
      history.replaceState(null, '', '#source-9');
      try {
        const list = await fixture<SourceList>(
          html`<source-list pack="ketamine-addiction"></source-list>`,
        );
        await list.updateComplete;
        expect(list.shadowRoot!.activeElement).to.equal(entry(list, 9));
        expect(entry(list, 9).hasAttribute('data-targeted')).to.equal(true);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('copying a citation', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    });

    it('puts the plain text and the formatted reference on the clipboard, and says so', async () => {
      const written: ClipboardItem[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { write: async (items: ClipboardItem[]) => void written.push(...items) },
      });
      const el = await fixture<SourceList>(
        html`<source-list pack="ketamine-addiction"></source-list>`,
      );
      const button = entry(el, 3).querySelector<HTMLButtonElement>('button.copy')!;
      expect(words(button)).to.equal('Copy citation 3');
      button.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(written).to.have.length(1);
      const item = written[0]!;
      expect([...item.types].sort()).to.deep.equal(['text/html', 'text/plain']);
      const text = await (await item.getType('text/plain')).text();
      expect(text).to.equal(SEED_ADDICTION[2]);
      const formatted = await (await item.getType('text/html')).text();
      expect(formatted).to.equal(
        '<p>Dakwar E, et al. (2014). The effects of subanesthetic ketamine infusions on motivation to quit and cue-induced craving in cocaine-dependent research volunteers. <i>Biol Psychiatry</i>. <a href="https://pubmed.ncbi.nlm.nih.gov/23845443/">https://pubmed.ncbi.nlm.nih.gov/23845443/</a></p>',
      );
      expect(words(button)).to.equal('Copied 3');
      expect(words(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Citation 3 copied.');
      await expect(el).to.be.accessible();
    });

    it('says plainly, where and aloud, when the page may not copy', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { write: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const el = await fixture<SourceList>(
        html`<source-list pack="ketamine-addictive" locale="fr"></source-list>`,
      );
      entry(el, 2).querySelector<HTMLButtonElement>('button.copy')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      const message = fr.sourceList.copyFailed(2);
      expect(words(entry(el, 2).querySelector('.copy-failed'))).to.equal(message);
      expect(words(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(message);
      await expect(el).to.be.accessible();
    });

    it('escapes what a clinic’s own citation holds in the formatted line', async () => {
      const written: ClipboardItem[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { write: async (items: ClipboardItem[]) => void written.push(...items) },
      });
      const el = await fixture<SourceList>(
        html`<source-list>
          <script type="application/json">
            {
              "sources": [
                {
                  "authors": "A <b>&amp;</b> B",
                  "title": "<img src=x onerror=alert(1)>",
                  "url": "https://example.org/?a=1&b=\\"2\\""
                }
              ]
            }
          </script>
        </source-list>`,
      );
      await el.updateComplete;
      entry(el, 1).querySelector<HTMLButtonElement>('button.copy')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      const formatted = await (await written[0]!.getType('text/html')).text();
      expect(formatted).not.to.contain('<img');
      expect(formatted).not.to.contain('<b>');
      expect(formatted).to.contain('&lt;img src=x onerror=alert(1)&gt;');
      expect(formatted).to.contain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    });
  });

  describe('the clinic’s own list', () => {
    it('reads `src`', async () => {
      const el = await fixture<SourceList>(
        html`<source-list
          src=${jsonUrl({ title: 'Our sources', sources: [{ publisher: 'Health Canada', title: 'A page', url: 'https://www.canada.ca/' }] })}
        ></source-list>`,
      );
      while (el.content.status === 'loading') await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(words(el.shadowRoot!.querySelector('.title'))).to.equal('Our sources');
      expect(words(entry(el, 1).querySelector('cite'))).to.equal('Health Canada — A page');
      expect(words(outLink(entry(el, 1)))).to.equal('canada.ca (opens in a new tab)');
    });

    it('reports unusable entries by path, and shows the notice rather than the pack', async () => {
      const quiet = quietErrors();
      try {
        const el = document.createElement('source-list') as SourceList;
        el.pack = 'ketamine-addiction';
        el.innerHTML = `<script type="application/json">{"sources": [
          {"title": "No one wrote it"},
          {"authors": "A", "title": "B", "url": "javascript:alert(1)"},
          {"id": "same", "authors": "A", "title": "B"},
          {"id": "same", "authors": "A", "title": "B"}
        ]}</script>`;
        const error = oneEvent(el, 'content-error');
        document.body.append(el);
        const { detail } = (await error) as CustomEvent<ContentErrorDetail>;
        await el.updateComplete;
        expect(detail.issues.map((i) => i.path)).to.deep.equal([
          'sources[0]',
          'sources[1].url',
          'sources[3].id',
        ]);
        expect(detail.issues[0]!.message).to.contain('"authors" or "publisher"');
        expect(entries(el)).to.have.length(0);
        expect(words(el.shadowRoot!.querySelector('.content-notice'))).to.equal(
          en.common.contentError,
        );
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        quiet.restore();
      }
    });
  });

  it('puts its heading at the level the page implies, or at heading-level', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <h3>Further reading</h3>
        <source-list pack="ketamine-addictive"></source-list>
      </div>`,
    );
    const el = page.querySelector<SourceList>('source-list')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h4.title')).to.exist;
    el.headingLevel = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2.title')).to.exist;
  });
});

/** The seed's reference line of entry `n`, as a card cites it (without its address). */
function numbersCite(n: number): string {
  const source = addictionEn.sources[n - 1]!;
  const title = /[.?!]$/.test(source.title!) ? source.title : `${source.title}.`;
  return `${source.authors} (${source.year}). ${title}${source.journal ? ` ${source.journal}.` : ''}`;
}
