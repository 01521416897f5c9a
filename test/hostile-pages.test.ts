import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  BUNDLE,
  EVERY_ELEMENT,
  STRICT_CSP,
  WIDGET_TAGS,
  closePage,
  deepElements,
  openPage,
  settle,
  type HostPage,
} from './host-pages/host.js';

/** Host pages that are hostile to the bundle itself (issue #14): the built bundle in each. */

let page: HostPage | undefined;
afterEach(() => {
  if (page) closePage(page);
  page = undefined;
  delete (window as { __pwned?: unknown }).__pwned;
});

const json = (data: unknown) =>
  `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/** Every element, the clinic's own crisis lines and FAQ from JSON (what runs the validator). */
const WITH_OWN_CONTENT = `${EVERY_ELEMENT}
<crisis-banner id="own-lines" region="CA">${json({ emergency: '911', lines: [{ name: 'Clinic line', call: '514 555 0100', url: 'https://clinic.example/urgent' }] })}</crisis-banner>
<faq-list id="own-faq">${json({ items: [{ id: 'bill', question: 'Do you bill insurers?', answer: '<p>Yes, <a href="/billing">see billing</a>.</p>' }] })}</faq-list>`;

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

function expectEveryWidgetRendered(p: HostPage): void {
  for (const tag of WIDGET_TAGS) {
    for (const el of p.doc.querySelectorAll(tag)) {
      expect(el.shadowRoot, `${tag} has a shadow root`).to.exist;
      expect(text(el).length, `${tag} shows text`).to.be.greaterThan(20);
      expect(el.getBoundingClientRect().height, `${tag} takes space`).to.be.greaterThan(0);
    }
  }
}

function expectOwnContentShown(p: HostPage): void {
  const lines = p.doc.querySelector('#own-lines')!;
  expect(text(lines), 'the clinic’s own line').to.contain('Clinic line');
  expect(text(lines)).to.contain('clinic.example');
  expect(text(p.doc.querySelector('#own-faq')!)).to.contain('Do you bill insurers?');
}

function expectNothingFaked(p: HostPage): void {
  expect((window as { __pwned?: unknown }).__pwned, 'nothing ran').to.equal(undefined);
  for (const el of deepElements(p.doc)) {
    const href = el.getAttribute('href');
    if (href) expect(href, 'no script link').to.not.match(/^\s*javascript:/i);
  }
  for (const tag of WIDGET_TAGS) {
    for (const el of p.doc.querySelectorAll(tag)) {
      expect(text(el), `${tag} shows no polluted value`).to.not.match(/555 0199|closed|polluted/);
    }
  }
}

function expectClean(p: HostPage): void {
  expect(p.captured.pageErrors, 'uncaught errors').to.deep.equal([]);
  expect(p.captured.errors, 'console errors').to.deep.equal([]);
  expect(p.captured.violations, 'CSP violations').to.deep.equal([]);
}

const POLLUTED = ['x', 'url', 'note', 'hours', 'polluted'];

describe('hostile host pages: polluted prototypes', () => {
  it('runs on a page that polluted Object.prototype before the bundle, own content included', async () => {
    page = await openPage({
      body: WITH_OWN_CONTENT,
      csp: STRICT_CSP,
      head: '<script src="/test/host-pages/pollute-prototypes.js"></script>',
    });
    expect((page.win as unknown as { x?: string }).x, 'the page is polluted').to.equal('y');
    expectEveryWidgetRendered(page);
    expectOwnContentShown(page);
    expectNothingFaked(page);
    expectClean(page);
  });

  it('keeps working when the page pollutes Object.prototype after the bundle loaded', async () => {
    page = await openPage({ body: EVERY_ELEMENT, csp: STRICT_CSP });
    const proto = page.win.Object.prototype as Record<string, unknown>;
    Object.assign(proto, {
      x: 'y',
      url: 'javascript:window.top.__pwned=1',
      note: 'Fake note: call 555 0199 instead',
      polluted() {
        return 'polluted';
      },
    });
    try {
      // New widgets with their own content: the validator and packs load now, polluted.
      // Parsed here (the page requires Trusted Types for markup), then moved into the page.
      const template = document.createElement('template');
      template.innerHTML = WITH_OWN_CONTENT.slice(EVERY_ELEMENT.length);
      page.doc.querySelector('main')!.append(page.doc.importNode(template.content, true));
      await waitUntil(() => text(page!.doc.querySelector('#own-faq')!).includes('insurers'));
      await settle(page.doc);
      page.doc.querySelector('crisis-banner')!.setAttribute('region', 'US');
      await settle(page.doc);
      expectEveryWidgetRendered(page);
      expectOwnContentShown(page);
      expectNothingFaked(page);
      expectClean(page);
    } finally {
      for (const key of POLLUTED) delete proto[key];
    }
  });
});

/** Ids and names a CMS editor can give any element: each shadows a global of the same name. */
const CLOBBERING = `
<div id="litElementVersions"></div><div id="litHtmlVersions"></div>
<div id="reactiveElementVersions"></div><div id="reactiveElementVersions"></div>
<a id="litHtmlPolyfillSupport"></a><a id="reactiveElementPolyfillSupport"></a>
<a id="litElementPolyfillSupport"></a><div id="litPropertyMetadata"></div>
<div id="ShadyCSS"></div><div id="litNonce"></div><div id="__zod_globalRegistry"></div>
<form name="createElement"></form><form name="createTreeWalker"></form>
<form name="importNode"></form><form name="createComment"></form>
<form name="createTextNode"></form><form name="head"></form><img name="documentElement" alt="">`;

describe('hostile host pages: DOM clobbering', () => {
  it('renders every widget, styled, under the strict CSP, beside elements named like Lit’s globals', async () => {
    page = await openPage({ body: `${CLOBBERING}${WITH_OWN_CONTENT}`, csp: STRICT_CSP });
    expect(page.win.ShadyCSS, 'the page clobbered ShadyCSS').to.equal(undefined);
    expect(page.doc.querySelector('#ShadyCSS')).to.exist;
    expectEveryWidgetRendered(page);
    expectOwnContentShown(page);
    // Styled: the banner's shadow root carries its constructed stylesheet, and it shows.
    const banner = page.doc.querySelector('crisis-banner')!;
    expect(banner.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    const base = banner.shadowRoot!.querySelector('[part=base]')!;
    expect(page.win.getComputedStyle(base).borderTopStyle).to.not.equal('none');
    expect(page.doc.querySelectorAll('script[data-faq-list]').length, 'FAQPage block').to.equal(1);
    expectClean(page);
  });
});

describe('hostile host pages: the source list beside named forms and the page’s own ids', () => {
  it('numbers the cards and follows its links when the page shadows document members', async () => {
    page = await openPage({
      body: `<form name="addEventListener"></form><form name="defaultView"></form>
        <p id="source-2">The page’s own element named source-2.</p>
        <evidence-card substance="alcohol" compare></evidence-card>
        <source-list pack="ketamine-addiction"></source-list>`,
      csp: STRICT_CSP,
      waitFor: ['evidence-card', 'source-list'],
    });
    const card = page.doc.querySelector('evidence-card')!.shadowRoot!;
    const numbers = [...card.querySelectorAll<HTMLAnchorElement>('a.source-number')];
    // Krupitsky is entry 2, whose id the page already holds: the link goes to source-2-2.
    expect(numbers.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#source-2-2',
      '#source-5',
      '#source-6',
      '#source-9',
    ]);
    numbers[0]!.click();
    const list = page.doc.querySelector('source-list')!;
    expect(page.doc.activeElement).to.equal(list);
    expect(list.shadowRoot!.activeElement!.getAttribute('data-fragment')).to.equal('source-2-2');
    expectClean(page);
  });
});

declare global {
  interface Window {
    ShadyCSS?: unknown;
  }
}

describe('hostile host pages: a second Lit app with its own Trusted Types policy', () => {
  const OTHER_APP = '/test/host-pages/other-lit-app.js';

  it("works when the page's CSP allows duplicate policy names ('allow-duplicates')", async () => {
    page = await openPage({
      body: `<other-lit-app></other-lit-app>${EVERY_ELEMENT}`,
      csp: `${STRICT_CSP}; trusted-types lit-html clinic-widgets 'allow-duplicates'`,
      scripts: [OTHER_APP, BUNDLE],
    });
    expect(text(page.doc.querySelector('other-lit-app')!)).to.equal('Another Lit app');
    expectEveryWidgetRendered(page);
    expectClean(page);
  });

  it('without it, the bundle cannot start, and the crisis banner’s own text stays readable', async () => {
    page = await openPage({
      body: `<other-lit-app></other-lit-app>${EVERY_ELEMENT}`,
      csp: `${STRICT_CSP}; trusted-types lit-html clinic-widgets`,
      scripts: [OTHER_APP, BUNDLE],
      waitFor: [],
    });
    await waitUntil(() => page!.captured.violations.length > 0, 'the duplicate policy is refused');
    expect(page.captured.violations.join()).to.contain('trusted-types');
    expect(page.win.customElements.get('crisis-banner'), 'not registered').to.equal(undefined);
    const banner = page.doc.querySelector('crisis-banner')!;
    expect(banner.textContent).to.contain('call 911');
    expect(banner.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('hostile host pages: document lifecycle and slow sources', () => {
  it('lets the page call document.open() with no uncaught error', async () => {
    page = await openPage({ body: EVERY_ELEMENT });
    expect(
      page.doc.querySelectorAll('script[data-faq-list], script[data-medical-disclaimer]'),
    ).to.have.length(2);
    await executeServerCommand('watch-exceptions');
    page.doc.open();
    page.doc.write('<!doctype html><p>Rewritten</p>');
    page.doc.close();
    const exceptions = await executeServerCommand<string[], undefined>('read-exceptions');
    expect(exceptions).to.deep.equal([]);
  });

  it('gives up on a src that never finishes after 10 seconds: the notice and the built-in lines', async function () {
    this.timeout(30000);
    page = await openPage({
      body: '<crisis-banner region="CA" src="/test/never-ending.json"></crisis-banner>',
      waitFor: ['crisis-banner'],
    });
    const banner = page.doc.querySelector('crisis-banner')!;
    expect(text(banner), 'the built-in lines while it loads').to.contain('988');
    const started = performance.now();
    await waitUntil(() => banner.shadowRoot!.querySelector('[part=notice]'), 'the notice', {
      timeout: 20000,
      interval: 200,
    });
    expect(performance.now() - started).to.be.within(7000, 15000);
    expect(text(banner)).to.contain('988 Suicide Crisis Helpline');
    expect(page.captured.errors.join()).to.contain('did not arrive within 10 seconds');
  });
});
