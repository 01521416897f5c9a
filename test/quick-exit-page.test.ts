import { expect } from '@open-wc/testing';
import { STRICT_CSP, closePage, openPage, settle, type HostPage } from './host-pages/host.js';

/** The built bundle (the CMS loader) in real pages: leaving for real, the chunks, sticky bars. */

/** A same-origin neutral page, so the test can read where the frame went. */
const NEUTRAL = `${location.origin}/test/host-pages/neutral.html`;

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

/** What the page looked like as it went: the overlay up (modal) when the document was hidden. */
interface Leaving {
  overlayShown: boolean;
  historyBefore: number;
  arrived: Promise<void>;
}

function watchLeaving(p: HostPage, host: Element): Leaving {
  const historyBefore = p.win.history.length;
  const watch: Leaving = { overlayShown: false, historyBefore, arrived: Promise.resolve() };
  p.win.addEventListener('pagehide', () => {
    const overlay = host.shadowRoot!.querySelector('dialog');
    watch.overlayShown = !!overlay?.matches(':modal');
  });
  watch.arrived = new Promise((resolve) =>
    p.frame.addEventListener('load', () => resolve(), { once: true }),
  );
  return watch;
}

function expectLeftWithReplace(p: HostPage, watch: Leaving): void {
  expect(watch.overlayShown, 'the overlay hid the page before it went').to.equal(true);
  const now = p.frame.contentWindow!;
  expect(now.location.href).to.equal(NEUTRAL);
  // location.replace: the left page is no longer an entry of the history, Back skips it.
  expect(now.history.length, 'no new history entry').to.equal(watch.historyBefore);
  // Recorded by the left page before it went.
  expect(p.captured.violations, 'CSP violations').to.deep.equal([]);
  expect(p.captured.errors, 'console errors').to.deep.equal([]);
  expect(p.captured.pageErrors, 'uncaught errors').to.deep.equal([]);
}

describe('<quick-exit> in a real page (the built bundle)', () => {
  it('leaves with location.replace from its button, under the strict CSP with Trusted Types', async () => {
    page = await openPage({
      body: `<h1>Recovery</h1><quick-exit href="${NEUTRAL}"></quick-exit>`,
      csp: STRICT_CSP,
      waitFor: ['quick-exit'],
    });
    // Nothing fetched before it is used: no request to the neutral address, no prefetch.
    const before = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(before.filter((url) => url.includes('neutral'))).to.deep.equal([]);
    const el = page.doc.querySelector('quick-exit')!;
    const watch = watchLeaving(page, el);
    el.shadowRoot!.querySelector('button')!.click();
    await watch.arrived;
    expectLeftWithReplace(page, watch);
  });

  it('leaves on three presses of Shift, from the page’s own text field', async () => {
    page = await openPage({
      body: `<label>Search <input id="search"></label><crisis-banner region="CA" quick-exit quick-exit-href="${NEUTRAL}"></crisis-banner>`,
      csp: STRICT_CSP,
      waitFor: ['crisis-banner'],
    });
    const banner = page.doc.querySelector('crisis-banner')!;
    const input = page.doc.querySelector<HTMLInputElement>('#search')!;
    input.focus();
    const watch = watchLeaving(page, banner);
    // Three taps in one task: well within the second, whatever the machine's load.
    for (let i = 0; i < 3; i += 1) {
      const init = { key: 'Shift', code: 'ShiftLeft', bubbles: true, composed: true };
      input.dispatchEvent(new page.win.KeyboardEvent('keydown', { ...init, shiftKey: true }));
      input.dispatchEvent(new page.win.KeyboardEvent('keyup', init));
    }
    await watch.arrived;
    expectLeftWithReplace(page, watch);
  });

  it('still leaves on three presses of Shift when the page shadows document.addEventListener', async () => {
    page = await openPage({
      body: `<form name="addEventListener"></form><form name="removeEventListener"></form>
        <quick-exit href="${NEUTRAL}"></quick-exit>`,
      csp: STRICT_CSP,
      waitFor: ['quick-exit'],
    });
    const el = page.doc.querySelector('quick-exit')!;
    const watch = watchLeaving(page, el);
    for (let i = 0; i < 3; i += 1) {
      const init = { key: 'Shift', code: 'ShiftLeft', bubbles: true, composed: true };
      page.doc.body.dispatchEvent(
        new page.win.KeyboardEvent('keydown', { ...init, shiftKey: true }),
      );
      page.doc.body.dispatchEvent(new page.win.KeyboardEvent('keyup', init));
    }
    await watch.arrived;
    expectLeftWithReplace(page, watch);
  });

  it('is fetched only by pages that use it, with the strings of the page’s locale', async () => {
    page = await openPage({
      body: '<crisis-banner region="CA"></crisis-banner>',
      waitFor: ['crisis-banner'],
    });
    // Neither the element, nor the control's code, nor its strings.
    const plain = scripts(page);
    expect(plain.filter((path) => /\/(quick-exit|exit-control)[-.]/.test(path))).to.deep.equal([]);
    closePage(page);

    page = await openPage({
      body: '<div lang="fr"><quick-exit></quick-exit></div>',
      waitFor: ['quick-exit'],
    });
    const own = scripts(page);
    expect(own.some((path) => /\/quick-exit-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(own.some((path) => /\/quick-exit\.fr-/.test(path))).to.equal(true);
    expect(
      own.some((path) => /\/quick-exit\.en-/.test(path)),
      'no English',
    ).to.equal(false);
    expect(page.doc.querySelector('quick-exit')!.shadowRoot!.textContent).to.contain(
      'Quitter cette page',
    );
    closePage(page);

    // Inside the banner: the control's code and strings, not the <quick-exit> element.
    page = await openPage({
      body: '<crisis-banner region="CA" quick-exit></crisis-banner>',
      waitFor: ['crisis-banner'],
    });
    const embedded = scripts(page);
    expect(embedded.some((path) => /\/quick-exit\.en-/.test(path))).to.equal(true);
    expect(embedded.some((path) => /\/exit-control-/.test(path))).to.equal(true);
    expect(embedded.some((path) => /\/quick-exit-[\w-]+\.js$/.test(path))).to.equal(false);
    expect(page.win.customElements.get('quick-exit')).to.equal(undefined);
    expect(page.doc.querySelector('crisis-banner')!.shadowRoot!.textContent).to.contain(
      'Leave this page',
    );
  });
});

/** A partner's article with a sticky banner and a sticky quick exit on top. */
function article(locale: 'en' | 'fr'): string {
  const paragraphs = Array.from(
    { length: 24 },
    (_, i) => `<p>Paragraph ${i + 1} of the clinic’s article about recovery and treatment.</p>`,
  ).join('');
  return `<clinic-context locale="${locale}" region="CA">
    <crisis-banner sticky></crisis-banner>
    <quick-exit variant="sticky"></quick-exit>
    <h1>Ketamine therapy for addiction</h1>
    ${paragraphs}
  </clinic-context>`;
}

async function frames(p: HostPage): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((r) => p.win.requestAnimationFrame(r));
  await settle(p.doc);
}

const VIEWPORTS = [
  [320, 568],
  [375, 667],
  [1280, 900],
] as const;

describe('<quick-exit variant="sticky"> with a sticky <crisis-banner>', () => {
  for (const [width, height] of VIEWPORTS) {
    for (const locale of ['en', 'fr'] as const) {
      for (const text of [100, 200]) {
        it(`stacks below the banner within a fifth of the viewport at ${width} x ${height}, ${text}% text, ${locale}`, async () => {
          page = await openPage({
            body: article(locale),
            width,
            height,
            waitFor: ['crisis-banner', 'quick-exit'],
          });
          page.doc.documentElement.style.fontSize = `${text}%`;
          await frames(page);
          const banner = page.doc.querySelector('crisis-banner')!;
          const exit = page.doc.querySelector('quick-exit')!;
          const pinned = (el: Element) => page!.win.getComputedStyle(el).position === 'sticky';
          const scroller = page.doc.scrollingElement!;
          expect(scroller.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
          scroller.scrollTop = scroller.scrollHeight / 2;
          const b = banner.getBoundingClientRect();
          const e = exit.getBoundingClientRect();
          const stuck = (pinned(banner) ? b.height : 0) + (pinned(exit) ? e.height : 0);
          expect(stuck, 'pinned height').to.be.at.most(height / 5 + 1);
          if (pinned(banner)) expect(b.top).to.equal(0);
          else expect(b.bottom, 'the banner scrolled away').to.be.at.most(0);
          if (pinned(exit)) {
            // Directly below a pinned banner, never over it; at the top otherwise.
            expect(e.top).to.be.closeTo(pinned(banner) ? b.bottom : 0, 1);
          } else expect(e.bottom, 'the bar scrolled away').to.be.at.most(0);
          // Focus lands below both: the scroll padding is their heights added up.
          const padding = page.win.getComputedStyle(page.doc.documentElement).scrollPaddingTop;
          expect(parseFloat(padding)).to.be.closeTo(stuck, 2);
          const button = exit.shadowRoot!.querySelector('button')!.getBoundingClientRect();
          if (pinned(exit)) expect(button.height).to.be.at.least(44);
          console.log(
            `${width}x${height} ${text}% ${locale}: banner ${pinned(banner) ? `pinned ${Math.round(b.height)} px` : 'scrolls'}, exit ${pinned(exit) ? `pinned ${Math.round(e.height)} px` : 'scrolls'} (${Math.round((100 * stuck) / height)} % pinned)`,
          );
        });
      }
    }
  }

  it('keeps the quick exit pinned on a phone and on a desktop', async () => {
    for (const [width, height] of [
      [375, 667],
      [1280, 900],
    ] as const) {
      page = await openPage({
        body: article('en'),
        width,
        height,
        waitFor: ['crisis-banner', 'quick-exit'],
      });
      await frames(page);
      const exit = page.doc.querySelector('quick-exit')!;
      expect(page.win.getComputedStyle(exit).position, `${width}`).to.equal('sticky');
      closePage(page);
      page = undefined;
    }
  });
});
