import { expect, waitUntil } from '@open-wc/testing';
import {
  BUNDLE,
  CDN_BUILD,
  CDN_BUILD_COPY,
  EVERY_ELEMENT,
  SINGLE_FILE,
  STRICT_CSP,
  WIDGET_TAGS,
  closePage,
  openPage,
  settle,
  type HostPage,
} from './host-pages/host.js';

let page: HostPage | undefined;
afterEach(() => {
  if (page) closePage(page);
  page = undefined;
});

/** The paths of the scripts the page fetched. */
function scripts(p: HostPage): string[] {
  return p.win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.endsWith('.js'));
}

/** An element's own chunk: `faq-list-<hash>.js` beside the loader. */
const chunkOf = (tag: string) => new RegExp(`/${tag}-[\\w-]+\\.js$`);

function shadowText(doc: Document, selector: string): string {
  return doc.querySelector(selector)!.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

function expectClean(p: HostPage): void {
  expect(p.captured.pageErrors, 'uncaught errors').to.deep.equal([]);
  expect(p.captured.errors, 'console errors').to.deep.equal([]);
  expect(p.captured.violations, 'CSP violations').to.deep.equal([]);
  expect(p.captured.warnings, 'console warnings').to.deep.equal([]);
}

describe('the CMS loader (clinic-widgets.js)', () => {
  it('fetches only the chunks of the tags the page has', async () => {
    page = await openPage({
      body: '<crisis-banner region="CA"></crisis-banner>',
      waitFor: ['crisis-banner'],
    });
    expect(shadowText(page.doc, 'crisis-banner')).to.contain('988');
    const fetched = scripts(page);
    expect(fetched.some((path) => chunkOf('crisis-banner').test(path))).to.equal(true);
    for (const tag of ['clinic-context', ...WIDGET_TAGS.filter((t) => t !== 'crisis-banner')]) {
      expect(
        fetched.filter((path) => chunkOf(tag).test(path)),
        tag,
      ).to.deep.equal([]);
      expect(page.win.customElements.get(tag), tag).to.equal(undefined);
    }
    expectClean(page);
  });

  it('fetches the cost estimate and its prices in the page’s locale only where a page has one', async () => {
    page = await openPage({
      body: '<main lang="fr"><cost-estimate></cost-estimate></main>',
      waitFor: ['cost-estimate'],
    });
    expect(shadowText(page.doc, 'cost-estimate')).to.contain('1 585 $');
    const fetched = scripts(page);
    expect(fetched.some((path) => chunkOf('cost-estimate').test(path))).to.equal(true);
    expect(fetched.filter((path) => /\/cost-prices\.fr-[\w-]+\.js$/.test(path))).to.have.length(1);
    expect(fetched.filter((path) => /\.en-[\w-]+\.js$/.test(path))).to.deep.equal([]);
    expectClean(page);
  });

  it('does not download the built-in prices on a page that gives its own', async () => {
    const prices = JSON.stringify({
      currency: 'CAD',
      pathways: [{ id: 'one', name: 'Our pathway', from: 900, perSession: 300 }],
    });
    page = await openPage({
      body: `<cost-estimate><script type="application/json">${prices}</script></cost-estimate>`,
      waitFor: ['cost-estimate'],
    });
    expect(shadowText(page.doc, 'cost-estimate')).to.contain('Our pathway');
    expect(shadowText(page.doc, 'cost-estimate')).to.contain('$900');
    expect(scripts(page).filter((path) => path.includes('cost-prices'))).to.deep.equal([]);
    expectClean(page);
  });

  it('downloads no built-in pack for a widget that has content of its own', async () => {
    const faq = JSON.stringify({
      items: [{ question: 'Our own question?', answer: 'Our answer.' }],
    });
    const sources = JSON.stringify({
      sources: [{ publisher: 'Our clinic', title: 'Our own source' }],
    });
    page = await openPage({
      body: `<key-takeaways pack="ketamine-addiction"><ul><li>Our own point.</li></ul></key-takeaways>
        <source-list pack="ketamine-addiction"><script type="application/json">${sources}</script></source-list>
        <faq-list pack="ketamine-addiction"><script type="application/json">${faq}</script></faq-list>`,
      waitFor: ['key-takeaways', 'source-list', 'faq-list'],
    });
    // The pasted list stays in the page (slotted), under the element's heading.
    expect(page.doc.querySelector('key-takeaways > ul')!.assignedSlot, 'slotted').to.exist;
    expect(shadowText(page.doc, 'source-list')).to.contain('Our own source');
    expect(shadowText(page.doc, 'faq-list')).to.contain('Our own question?');
    const packs = scripts(page).filter((path) => /ketamine-addict/.test(path));
    expect(packs, 'built-in packs fetched').to.deep.equal([]);
    expectClean(page);
  });

  for (const [tag, other] of [
    ['key-takeaways', 'source-list'],
    ['source-list', 'key-takeaways'],
  ] as const) {
    it(`fetches <${tag}>’s chunk, strings and pack only where it is used, in the page’s locale`, async () => {
      page = await openPage({
        body: `<div lang="fr-CA"><${tag} pack="ketamine-addictive"></${tag}></div>`,
        waitFor: [tag],
      });
      expect(shadowText(page.doc, tag).length).to.be.above(100);
      const fetched = scripts(page);
      expect(
        fetched.some((path) => chunkOf(tag).test(path)),
        tag,
      ).to.equal(true);
      expect(
        fetched.some((path) => /ketamine-addictive\.fr-/.test(path)),
        'the French pack',
      ).to.equal(true);
      expect(
        fetched.filter((path) => /\.en-[\w-]+\.js$/.test(path)),
        'no English chunk',
      ).to.deep.equal([]);
      for (const unused of [other, 'evidence-card', 'faq-list', 'crisis-banner']) {
        expect(
          fetched.filter((path) => chunkOf(unused).test(path)),
          unused,
        ).to.deep.equal([]);
        expect(page.win.customElements.get(unused), unused).to.equal(undefined);
      }
      expectClean(page);
    });
  }

  it('numbers evidence cards by the source list across their two chunks', async () => {
    page = await openPage({
      body: `<evidence-card substance="cocaine"></evidence-card>
        <source-list pack="ketamine-addiction"></source-list>`,
      waitFor: ['evidence-card', 'source-list'],
    });
    const card = page.doc.querySelector('evidence-card')!.shadowRoot!;
    const numbers = [...card.querySelectorAll('a.source-number')].map((a) =>
      a.getAttribute('href'),
    );
    expect(numbers).to.deep.equal(['#source-3', '#source-4']);
    const list = page.doc.querySelector('source-list')!.shadowRoot!;
    expect(list.querySelectorAll('.cited-by a')).to.have.length(2);
    expect(scripts(page).filter((path) => chunkOf('key-takeaways').test(path))).to.deep.equal([]);
    expectClean(page);
  });

  it('defines a widget added to the page after load, even deep inside added markup', async () => {
    page = await openPage({
      body: '<crisis-banner region="CA"></crisis-banner>',
      waitFor: ['crisis-banner'],
    });
    expect(page.win.customElements.get('faq-list')).to.equal(undefined);
    const section = page.doc.createElement('section');
    section.innerHTML = '<div><faq-list pack="ketamine-addiction"></faq-list></div>';
    page.doc.querySelector('main')!.append(section);
    await page.win.customElements.whenDefined('faq-list');
    await settle(page.doc);
    expect(shadowText(page.doc, 'faq-list')).to.contain('ketamine');
    expectClean(page);
  });

  it('loads its chunks from beside itself when the folder sits deep in a partner’s site, under the strict CSP', async () => {
    page = await openPage({
      body: EVERY_ELEMENT,
      csp: STRICT_CSP,
      scripts: [`${CDN_BUILD_COPY}clinic-widgets.js`],
      stylesheet: `${CDN_BUILD_COPY}clinic-widgets.css`,
    });
    for (const tag of WIDGET_TAGS) expect(shadowText(page.doc, tag).length, tag).to.be.above(20);
    const fetched = scripts(page).filter((path) => !path.startsWith('/test/'));
    expect(fetched.length).to.be.above(5);
    for (const path of fetched)
      expect(path, 'from the copy').to.match(new RegExp(`^${CDN_BUILD_COPY}`));
    expectClean(page);
  });

  it('survives being pasted twice, and two copies hosted in two folders, under the strict CSP', async () => {
    page = await openPage({
      body: EVERY_ELEMENT,
      csp: STRICT_CSP,
      scripts: [BUNDLE, BUNDLE, `${CDN_BUILD_COPY}clinic-widgets.js`],
    });
    for (const tag of WIDGET_TAGS) expect(shadowText(page.doc, tag).length, tag).to.be.above(20);
    // The same folder twice: each chunk fetched once.
    const fromBuild = scripts(page).filter((path) => path.startsWith(CDN_BUILD));
    expect(fromBuild.length).to.equal(new Set(fromBuild).size);
    expectClean(page);
  });

  it('ready() waits for the widgets in the page; ready([tag]) loads a tag the page lacks', async () => {
    page = await openPage({
      body: '<medical-disclaimer reviewed-on="2026-05-31"></medical-disclaimer>',
      head: `<script type="module">
        import { ready } from '${BUNDLE}';
        window.__ready = ready().then(() => customElements.get('medical-disclaimer') ? 'defined' : 'not defined');
        window.__readyFaq = ready(['faq-list']).then(() => typeof customElements.get('faq-list'));
      </script>`,
      scripts: [],
      waitFor: [],
    });
    const win = page.win as HostPage['win'] & {
      __ready: Promise<string>;
      __readyFaq: Promise<string>;
    };
    await waitUntil(() => win.__ready, 'the page called ready()');
    expect(await win.__ready).to.equal('defined');
    expect(await win.__readyFaq).to.equal('function');
    expect(win.customElements.get('eligibility-check')).to.equal(undefined);
  });

  it('builds no Intl formatter while all five load: dates, figures and percentages are written by hand', async () => {
    page = await openPage({
      body: EVERY_ELEMENT,
      head: '<script src="/test/host-pages/count-intl.js"></script>',
    });
    const built = (page.win as HostPage['win'] & { __intl: string[] }).__intl;
    // The review dates and the trial figures are on the page: a formatter would be built by now.
    expect(shadowText(page.doc, 'medical-disclaimer')).to.contain('May 6, 2026');
    expect(shadowText(page.doc, 'evidence-card')).to.match(/\d%/);
    expect(built, built.join('\n')).to.deep.equal([]);
    expectClean(page);
  });

  for (const locale of ['en', 'fr']) {
    it(`defines each widget with its strings and pack loaded: drawn before the next frame (${locale})`, async () => {
      page = await openPage({
        // The banner with its embedded quick exit too: that control's strings and code count.
        body: EVERY_ELEMENT.replace('locale="en"', `locale="${locale}"`).replace(
          '<crisis-banner>',
          '<crisis-banner quick-exit>',
        ),
        head: '<script src="/test/host-pages/blank-after-define.js"></script>',
      });
      const blank = (page.win as HostPage['win'] & { __blankAfterDefine: string[] })
        .__blankAfterDefine;
      expect(blank, 'blank after the task that defined them').to.deep.equal([]);
      expect(shadowText(page.doc, 'medical-disclaimer')).to.contain(
        locale === 'en' ? 'May 6, 2026' : '6 mai 2026',
      );
      expectClean(page);
    });
  }
});

describe('the single-file build (clinic-widgets-all.js)', () => {
  it('renders all five from one file under the strict CSP and fetches no other script', async () => {
    page = await openPage({ body: EVERY_ELEMENT, csp: STRICT_CSP, scripts: [SINGLE_FILE] });
    for (const tag of WIDGET_TAGS) expect(shadowText(page.doc, tag).length, tag).to.be.above(20);
    expect(scripts(page).filter((path) => !path.startsWith('/test/'))).to.deep.equal([SINGLE_FILE]);
    expectClean(page);
  });
});
