import { expect } from '@open-wc/testing';
import { crisisLinesFor } from '../../src/content/crisis-support.js';
import {
  disclaimersPack,
  faqKetamineAddiction,
  faqKetamineAddictive,
} from '../../src/content/index.js';
import takeawaysEn from '../../src/content/packs/takeaways-ketamine-addiction/en.js';
import takeawaysFr from '../../src/content/packs/takeaways-ketamine-addiction/fr.js';
import type { Captured } from '../host-pages/host.js';

// The Eleventy example as built by test/ssr/render.mjs (npm test runs it before this file).
const SITE = '/test-results/eleventy/';
const WIDGETS = [
  'crisis-banner',
  'medical-disclaimer',
  'evidence-card',
  'faq-list',
  'key-takeaways',
];

interface Loaded {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __captured: Captured };
  doc: Document;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

async function load(setUp: (frame: HTMLIFrameElement) => void): Promise<Loaded> {
  frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  setUp(frame);
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return {
    frame,
    win: frame.contentWindow as Loaded['win'],
    doc: frame.contentDocument!,
  };
}

/** The page as the server wrote it, with scripting off (a sandbox without allow-scripts). */
function withoutScripts(path: string): Promise<Loaded> {
  return load((f) => {
    f.setAttribute('sandbox', 'allow-same-origin');
    f.src = SITE + path;
  });
}

/** The page without its script, to look at the server's DOM first; `hydrate()` adds the script. */
async function beforeHydration(path: string) {
  const markup = await (await fetch(SITE + path)).text();
  const script = /<script type="module" src="([^"]+)"><\/script>/.exec(markup)!;
  const page = await load((f) => {
    f.srcdoc = markup
      .replace(script[0], '')
      .replace('<head>', '<head><script src="/test/host-pages/capture.js"></script>');
  });
  const hydrate = async () => {
    const tag = page.doc.createElement('script');
    tag.type = 'module';
    tag.src = script[1]!;
    page.doc.head.append(tag);
    await Promise.all(
      [...WIDGETS, 'clinic-context'].map((t) => page.win.customElements.whenDefined(t)),
    );
    // Hydration, then the one update that reads the page (its lang, its headings).
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        [...page.doc.querySelectorAll([...WIDGETS, 'source-list'].join(', '))].map(
          (el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );
    }
  };
  return { ...page, hydrate };
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const visible = (el: Element) => el.getClientRects().length > 0;

/** The controls, headings and landmarks of every widget: what hydration must keep, once each. */
function structure(doc: Document): Element[] {
  return WIDGETS.flatMap((tag) => [
    ...shadow(doc, tag).querySelectorAll(
      'section, fieldset, h1, h2, h3, h4, h5, h6, button, a, input',
    ),
  ]);
}

describe('server-rendered pages (the Eleventy example)', () => {
  describe('with scripting off', () => {
    for (const [path, locale, pack] of [
      ['index.html', 'en', faqKetamineAddiction.en],
      ['fr/index.html', 'fr', faqKetamineAddictive.fr],
    ] as const) {
      it(`shows the crisis lines and the FAQ questions (${locale})`, async () => {
        const page = await withoutScripts(path);
        expect(page.win.customElements.get('crisis-banner'), 'no script ran').to.equal(undefined);
        const banner = shadow(page.doc, 'crisis-banner').querySelector('section')!;
        expect(visible(banner)).to.equal(true);
        for (const line of crisisLinesFor('CA', locale).lines) {
          expect(banner.innerText).to.contain(line.name);
        }
        expect(banner.querySelector('a[href="tel:988"]')).to.exist;
        const questions = [...shadow(page.doc, 'faq-list').querySelectorAll('button.q')];
        expect(questions.map((q) => words(q.textContent))).to.deep.equal(
          pack.items.map((item) => item.question),
        );
        expect(questions.every(visible)).to.equal(true);
        const points = [...shadow(page.doc, 'key-takeaways').querySelectorAll('li')];
        expect(points.map((li) => words(li.textContent))).to.deep.equal(
          (locale === 'fr' ? takeawaysFr : takeawaysEn).items.map(words),
        );
        for (const tag of WIDGETS) {
          expect(words(shadow(page.doc, tag).textContent).length, tag).to.be.greaterThan(40);
        }
      });
    }
  });

  it('links the reservation stylesheet the site copied beside its script', async () => {
    const page = await withoutScripts('index.html');
    const link = page.doc.querySelector<HTMLLinkElement>(
      'link[rel="stylesheet"][href*="clinic-widgets.css"]',
    )!;
    expect(link, 'the page links clinic-widgets.css').to.exist;
    expect((await fetch(link.href)).status, link.href).to.equal(200);
    expect(link.sheet?.cssRules.length ?? 0, 'its rules are applied').to.be.greaterThan(10);
  });

  describe('with scripting on', () => {
    it('hydrates the server’s DOM: the same nodes, none twice, no error', async () => {
      const page = await beforeHydration('index.html');
      const before = structure(page.doc);
      const textBefore = WIDGETS.map((tag) => words(shadow(page.doc, tag).textContent));
      expect(before.length).to.be.greaterThan(40);
      await page.hydrate();
      const after = structure(page.doc);
      expect(after.length, 'as many controls and headings as the server rendered').to.equal(
        before.length,
      );
      expect(
        before.filter((node) => !after.includes(node)).map((node) => node.outerHTML.slice(0, 80)),
        'server nodes replaced',
      ).to.deep.equal([]);
      // The same text (answers are rebuilt as live elements for search, spacing aside).
      const letters = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ''));
      expect(letters(WIDGETS.map((tag) => words(shadow(page.doc, tag).textContent)))).to.deep.equal(
        letters(textBefore),
      );
      expect(shadow(page.doc, 'faq-list').querySelectorAll('.item')).to.have.length(
        faqKetamineAddiction.en.items.length,
      );
      expect(shadow(page.doc, 'crisis-banner').querySelectorAll('section')).to.have.length(1);
      expect(page.win.__captured.pageErrors, 'uncaught errors').to.deep.equal([]);
      expect(page.win.__captured.errors, 'console errors').to.deep.equal([]);
    });

    it('is interactive once hydrated: the FAQ opens and filters, the questionnaire advances', async () => {
      const page = await beforeHydration('index.html');
      await page.hydrate();
      const faq = page.doc.querySelector('faq-list')! as Element & {
        updateComplete: Promise<unknown>;
      };
      const first = faq.shadowRoot!.querySelector<HTMLButtonElement>('button.q')!;
      first.click();
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      const answer = faq.shadowRoot!.getElementById(first.getAttribute('aria-controls')!)!;
      expect(visible(answer)).to.equal(true);
      const search = faq.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
      search.value = 'addictive';
      search.dispatchEvent(new Event('input'));
      await faq.updateComplete;
      const shown = [...faq.shadowRoot!.querySelectorAll('.item')].filter(visible);
      expect(shown.length).to.be.greaterThan(0);
      expect(shown.length).to.be.lessThan(faqKetamineAddiction.en.items.length);
      // Matches are CSS highlights over the live (hydrated, then replaced) nodes of the rows.
      const marked = [...(page.win.CSS.highlights.get('cw-faq-match') ?? [])]
        .map((range) => range as StaticRange)
        .filter((range) => range.startContainer.isConnected)
        .filter((range) => faq.shadowRoot!.contains(range.startContainer))
        .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
      expect(marked.length, 'search marks the words').to.be.greaterThan(0);
      expect(marked.every((word) => word.toLowerCase() === 'addictive')).to.equal(true);

      const check = page.doc.querySelector('eligibility-check')! as Element & {
        updateComplete: Promise<unknown>;
      };
      const legend = () => words(check.shadowRoot!.querySelector('legend')!.textContent);
      // The server rendered the first screen; Start loads the questions in the browser.
      expect(check.shadowRoot!.querySelector('fieldset')).to.equal(null);
      check.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await check.updateComplete;
      const firstQuestion = legend();
      // "No" to the first (safety) question leads to the next question.
      check.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
      check.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await check.updateComplete;
      expect(legend()).to.not.equal(firstQuestion);
      expect(page.win.__captured.pageErrors).to.deep.equal([]);
    });

    it('hydrates the French page in French, then applies what only the page tells', async () => {
      const page = await beforeHydration('fr/index.html');
      // The server could not read the page's lang or its headings.
      const footer = page.doc.querySelector('#footer-notice')!.shadowRoot!;
      const card = shadow(page.doc, 'evidence-card');
      expect(words(footer.querySelector('.title')!.textContent)).to.equal(
        disclaimersPack.en.safety.title,
      );
      expect(card.querySelector('.card-title')!.localName).to.equal('h2');
      await page.hydrate();
      expect(words(footer.querySelector('.title')!.textContent)).to.equal(
        disclaimersPack.fr.safety.title,
      );
      expect(card.querySelector('.card-title')!.localName, 'below the page’s h2').to.equal('h3');
      const banner = shadow(page.doc, 'crisis-banner').querySelector('section')!;
      for (const line of crisisLinesFor('CA', 'fr').lines) {
        expect(banner.innerText).to.contain(line.name);
      }
      const questions = [...shadow(page.doc, 'faq-list').querySelectorAll('button.q')];
      expect(questions.map((q) => words(q.textContent))).to.deep.equal(
        faqKetamineAddictive.fr.items.map((item) => item.question),
      );
      // The source list is on this page: the card's citations now carry its numbers.
      const numbers = [...card.querySelectorAll('a.source-number')].map((a) =>
        a.getAttribute('href'),
      );
      expect(numbers).to.deep.equal(['#source-2', '#source-5', '#source-6']);
      expect(shadow(page.doc, 'source-list').querySelectorAll('li.entry')).to.have.length(13);
      expect(page.win.__captured.pageErrors).to.deep.equal([]);
      expect(page.win.__captured.errors).to.deep.equal([]);
    });
  });
});
