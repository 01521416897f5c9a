import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { EVERY_ELEMENT, closePage, openPage, settle, type HostPage } from './host-pages/host.js';

/** A partner's article with a sticky banner on top: enough text to scroll past it. */
function article(locale: 'en' | 'fr', widgets = ''): string {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) => `<p>Paragraph ${i + 1} of the clinic’s article about recovery and treatment.</p>`,
  ).join('');
  return `<clinic-context locale="${locale}" region="CA" intake-url="/intake">
    <crisis-banner sticky></crisis-banner>
    <h1>Ketamine therapy for addiction</h1>
    ${paragraphs}${widgets}${paragraphs}
  </clinic-context>`;
}

const VIEWPORTS = [
  [320, 568],
  [375, 667],
  [1280, 900],
] as const;

let page: HostPage | undefined;
before(() => setViewport({ width: 1300, height: 950 }));
afterEach(() => {
  if (page) closePage(page);
  page = undefined;
});

function bannerOf(p: HostPage): HTMLElement {
  return p.doc.querySelector('crisis-banner')!;
}

/** Waits until the banner has measured itself again (a resize reaches it on the next frame). */
async function frames(p: HostPage): Promise<void> {
  for (let i = 0; i < 2; i += 1) await new Promise((r) => p.win.requestAnimationFrame(r));
  await settle(p.doc);
}

describe('sticky crisis banner: a fifth of the viewport at most', () => {
  for (const [width, height] of VIEWPORTS) {
    for (const locale of ['en', 'fr'] as const) {
      for (const text of [100, 200]) {
        it(`stays within its budget at ${width} x ${height}, ${text}% text, ${locale}`, async () => {
          page = await openPage({
            body: article(locale),
            width,
            height,
            waitFor: ['crisis-banner'],
          });
          page.doc.documentElement.style.fontSize = `${text}%`;
          await frames(page);
          const banner = bannerOf(page);
          const box = banner.getBoundingClientRect();
          const pinned = page.win.getComputedStyle(banner).position === 'sticky';
          const scroller = page.doc.scrollingElement!;
          expect(scroller.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
          const budget = height / 5;
          if (pinned) expect(box.height, 'pinned banner height').to.be.at.most(budget + 1);
          // Scrolled down, a pinned banner covers the top of the page by its height at most.
          scroller.scrollTop = scroller.scrollHeight / 2;
          const stuck = banner.getBoundingClientRect();
          if (pinned) expect(stuck.top).to.equal(0);
          else expect(stuck.bottom, 'scrolls away with the page').to.be.at.most(0);
          // The published height is the page's scroll padding, so focus lands below it.
          const padding = page.win.getComputedStyle(page.doc.documentElement).scrollPaddingTop;
          expect(padding).to.equal(pinned ? `${Math.ceil(box.height)}px` : '0px');
          const shows = banner.shadowRoot!.querySelector('.base')!.classList;
          console.log(
            `${width}x${height} ${text}% ${locale}: ${Math.round(box.height)} px of ${height} (${Math.round((100 * box.height) / height)} %), ${pinned ? 'pinned' : 'scrolls'}, ${shows.contains('compact') ? 'compact' : 'full'}`,
          );
        });
      }
    }
  }

  it('is pinned in full on a desktop and as its compact line on a phone', async () => {
    page = await openPage({
      body: article('fr'),
      width: 1280,
      height: 900,
      waitFor: ['crisis-banner'],
    });
    await frames(page);
    const desktop = bannerOf(page).shadowRoot!.querySelector('.base')!;
    expect(page.win.getComputedStyle(bannerOf(page)).position).to.equal('sticky');
    expect(desktop.classList.contains('compact'), 'full on a desktop').to.equal(false);
    // The same page on a phone held upright: the reader keeps the numbers in view.
    page.frame.style.width = '375px';
    page.frame.style.height = '667px';
    await frames(page);
    const phone = bannerOf(page).shadowRoot!.querySelector('.base')!;
    expect(page.win.getComputedStyle(bannerOf(page)).position).to.equal('sticky');
    expect(phone.classList.contains('compact'), 'compact on a phone').to.equal(true);
    expect(phone.textContent).to.contain('988');
    // And back: the full banner returns when there is room again.
    page.frame.style.width = '1280px';
    page.frame.style.height = '900px';
    await frames(page);
    const again = bannerOf(page).shadowRoot!.querySelector('.base')!;
    expect(again.classList.contains('compact'), 'full again').to.equal(false);
  });

  it('scrolls with the page, unfolded, when the reader opens a collapsible banner on a phone', async () => {
    page = await openPage({
      body: article('en').replace('<crisis-banner sticky>', '<crisis-banner sticky collapsible>'),
      width: 320,
      height: 568,
      waitFor: ['crisis-banner'],
    });
    await frames(page);
    const banner = bannerOf(page);
    const toggle = banner.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await frames(page);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(banner.shadowRoot!.querySelector('.title'), 'full banner').to.exist;
    expect(page.win.getComputedStyle(banner).position).to.not.equal('sticky');
    expect(page.doc.documentElement.style.getPropertyValue('--cw-crisis-banner-height')).to.equal(
      '',
    );
  });
});

/** Walks every focus stop backwards with Shift+Tab; lists those fully under the banner. */
async function hiddenStopsWalkingBack(p: HostPage): Promise<string[]> {
  p.win.focus();
  const banner = bannerOf(p);
  const deepActive = (): Element | null => {
    let active: Element | null = p.doc.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  // Start from the end of the page.
  const after = p.doc.getElementById('after')!;
  after.tabIndex = 0;
  after.focus();
  const hidden: string[] = [];
  let stops = 0;
  await sendKeys({ down: 'Shift' });
  for (let i = 0; i < 200; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || active === p.doc.body) break;
    const inBanner = (active.getRootNode() as ShadowRoot).host === banner;
    if (inBanner) break; // The banner is the first stop of the page: the walk is done.
    stops += 1;
    const box = active.getBoundingClientRect();
    const cover = banner.getBoundingClientRect();
    if (box.top >= cover.top && box.bottom <= cover.bottom)
      hidden.push(`${active.localName} “${active.textContent!.trim().slice(0, 30)}”`);
  }
  await sendKeys({ up: 'Shift' });
  expect(stops, 'focus stops walked').to.be.greaterThan(15);
  console.log(`${stops} stops, ${hidden.length} hidden: ${hidden.join(', ')}`);
  return hidden;
}

describe('sticky crisis banner: focus never hidden under it', () => {
  for (const [width, height] of [
    [1280, 900],
    [320, 640],
  ] as const) {
    it(`keeps every Shift+Tab stop at least partly in view at ${width} x ${height}`, async () => {
      const body = EVERY_ELEMENT.replace('<crisis-banner>', '<crisis-banner sticky>');
      page = await openPage({ body, width, height });
      expect(page.win.getComputedStyle(bannerOf(page)).position, 'pinned').to.equal('sticky');
      expect(await hiddenStopsWalkingBack(page)).to.deep.equal([]);
      // Without the stylesheet's scroll padding the same walk hides stops: the walk sees them.
      page.doc.querySelector('link[rel=stylesheet]')!.remove();
      expect((await hiddenStopsWalkingBack(page)).length).to.be.greaterThan(0);
    });
  }
});
