import { expect } from '@open-wc/testing';
import { BUNDLE, EVERY_ELEMENT, WIDGET_TAGS, type Captured } from './host-pages/host.js';

// The source of dist/clinic-widgets.css (the bundle build copies it as it is).
const STYLESHEET = '/src/clinic-widgets.css';

/** The README's snippet, in a page whose script does not run (or one given by `script`). */
async function pageWithout(script: string): Promise<{
  doc: Document;
  win: Window & { __captured: Captured };
  frame: HTMLIFrameElement;
}> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script src="/test/host-pages/capture.js"></script>
    <link rel="stylesheet" href="${STYLESHEET}">
    ${script}
    <title>Host page</title></head><body><main><h1>Ketamine for addiction</h1>${EVERY_ELEMENT}</main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __captured: Captured };
  return { doc: frame.contentDocument!, win, frame };
}

/** Pixels of widget boxes that show no text at all: what a reader sees as blank space. */
function blankPixels(doc: Document): number {
  return WIDGET_TAGS.map((tag) => doc.querySelector<HTMLElement>(tag)!)
    .filter((el) => el.innerText.trim() === '')
    .reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
}

/** Pixels of widget boxes below their own text: reserved space around the fallback. */
function slackPixels(doc: Document): number {
  return WIDGET_TAGS.map((tag) => doc.querySelector<HTMLElement>(tag)!).reduce((sum, el) => {
    const range = doc.createRange();
    range.selectNodeContents(el);
    const content = el.innerText.trim() ? range.getBoundingClientRect().height : 0;
    return sum + Math.max(0, el.getBoundingClientRect().height - content);
  }, 0);
}

/** Runs the stylesheet's give-back timer to its end, as if the 3 seconds had passed. */
function afterTheWait(doc: Document): void {
  for (const animation of doc.getAnimations()) animation.finish();
}

const cases = [
  ['the script is missing', `<script type="module" src="/dist/missing.js"></script>`],
  ['the script is loaded without type="module"', `<script src="${BUNDLE}"></script>`],
] as const;

describe('when the script does not run', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [when, script] of cases) {
    it(`shows readable fallback and no blank box once the wait is over, when ${when}`, async () => {
      const page = await pageWithout(script);
      frame = page.frame;
      for (const tag of WIDGET_TAGS) {
        expect(page.win.customElements.get(tag), `${tag} is not defined`).to.equal(undefined);
      }
      // While the script may still come, each widget's room is kept (no layout shift).
      for (const animation of page.doc.getAnimations()) animation.currentTime = 0;
      const reserved = blankPixels(page.doc) + slackPixels(page.doc);
      expect(reserved).to.be.greaterThan(300);
      afterTheWait(page.doc);
      expect(blankPixels(page.doc), 'blank widget boxes (px)').to.equal(0);
      expect(slackPixels(page.doc), 'reserved space below fallback text (px)').to.be.below(2);
      // The fallback text in the snippet is what a reader gets, and it is readable.
      const banner = page.doc.querySelector<HTMLElement>('crisis-banner')!;
      expect(banner.innerText).to.contain('988');
      expect(banner.getBoundingClientRect().height, 'at least one line').to.be.greaterThan(15);
      for (const tag of ['evidence-card', 'eligibility-check']) {
        expect(page.doc.querySelector<HTMLElement>(tag)!.innerText.trim().length, tag).to.be.above(
          30,
        );
      }
      if (when.includes('type')) {
        // What the README warns about: a classic script cannot read the module's `export`.
        expect(page.win.__captured.pageErrors.join(' ')).to.match(/SyntaxError/);
      }
    });
  }
});
