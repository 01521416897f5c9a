import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { ClinicElement } from '../src/internal/clinic-element.js';

const WIDGETS = 'evidence-card, eligibility-check, faq-list';

/** Every element under `root`, entering open shadow roots, in the order a reader meets them. */
function composed(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    const children = node instanceof HTMLSlotElement ? node.assignedElements() : [...node.children];
    for (const child of children) {
      // A slot shows its assigned elements; the host's light children appear there only.
      out.push(child);
      visit(child.shadowRoot ?? child);
    }
  };
  visit(root);
  return out;
}

/** The page's outline as a screen reader lists it: "h1 Title", "h2 …", across shadow roots. */
function outline(root: Element): string[] {
  return composed(root)
    .filter((el) => /^h[1-6]$/.test(el.localName))
    .map((el) => `${el.localName} ${el.textContent!.replace(/\s+/g, ' ').trim()}`);
}

async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = composed(root).filter((el) => el.matches(WIDGETS)) as ClinicElement[];
    await Promise.all(widgets.map((el) => el.updateComplete));
  }
}

/** Levels never skip on the way down (Lighthouse's heading-order). */
function expectNoSkippedLevel(headings: string[]): void {
  let previous = 0;
  for (const line of headings) {
    const level = Number(line[1]);
    expect(level, `${line} after h${previous}`).to.be.at.most(previous + 1);
    previous = level;
  }
}

const levelOf = (root: Element, selector: string) =>
  (root.querySelector(selector) as ClinicElement).shadowRoot!.querySelector(
    'h1, h2, h3, h4, h5, h6',
  )!.localName;

describe('heading levels follow the page', () => {
  it('sits one level below the page’s h1 in an article, with no configuration', async () => {
    const page = await fixture(
      html`<article>
        <h1>Ketamine for addiction</h1>
        <evidence-card substance="alcohol"></evidence-card>
        <eligibility-check></eligibility-check>
        <faq-list pack="ketamine-addictive"></faq-list>
      </article>`,
    );
    await settled(page);
    expect(levelOf(page, 'evidence-card')).to.equal('h2');
    expect(levelOf(page, 'eligibility-check')).to.equal('h2');
    expect(levelOf(page, 'faq-list')).to.equal('h2');
    expectNoSkippedLevel(outline(page));
  });

  it('sits one level below the section heading it follows, and its inner headings follow', async () => {
    const page = await fixture(
      html`<main>
        <h1>Our programme</h1>
        <section>
          <h2>What the research says</h2>
          <p>An introduction.</p>
          <evidence-card substance="cocaine"></evidence-card>
        </section>
        <section>
          <h2>Questions</h2>
          <div><faq-list pack="ketamine-addictive"></faq-list></div>
        </section>
        <section>
          <h2>Is it for you?</h2>
          <eligibility-check></eligibility-check>
        </section>
      </main>`,
    );
    await settled(page);
    const card = page.querySelector('evidence-card')!.shadowRoot!;
    expect(card.querySelector('.card-title')!.localName).to.equal('h3');
    expect(card.querySelector('.section-title')!.localName).to.equal('h4');
    expect(card.querySelector('.study-title')!.localName).to.equal('h5');
    expect(levelOf(page, 'faq-list')).to.equal('h3');
    expect(levelOf(page, 'eligibility-check')).to.equal('h3');
    expectNoSkippedLevel(outline(page));
  });

  it('treats two widgets side by side as siblings, not one under the other', async () => {
    const page = await fixture(
      html`<div>
        <h2>Evidence</h2>
        <evidence-card substance="alcohol"></evidence-card>
        <evidence-card substance="opioids"></evidence-card>
      </div>`,
    );
    await settled(page);
    const [first, second] = [...page.querySelectorAll('evidence-card')];
    expect(first!.shadowRoot!.querySelector('.card-title')!.localName).to.equal('h3');
    expect(second!.shadowRoot!.querySelector('.card-title')!.localName).to.equal('h3');
  });

  it('uses level 2 when no heading comes before it', async () => {
    const page = await fixture(html`<div><faq-list pack="ketamine-addictive"></faq-list></div>`);
    await settled(page);
    expect(levelOf(page, 'faq-list')).to.equal('h2');
  });

  it('finds the heading across shadow roots: inside a host component and slotted into one', async () => {
    const page = await fixture(
      html`<div>
        <h1>Clinic</h1>
        <div id="inside"></div>
        <div id="slotted"><evidence-card substance="alcohol"></evidence-card></div>
      </div>`,
    );
    // A host app's component that renders its own section heading, with a widget inside it.
    const inside = page.querySelector('#inside')!.attachShadow({ mode: 'open' });
    inside.innerHTML =
      '<section><h3>Treatment</h3><p>Text.</p><faq-list pack="ketamine-addictive"></faq-list></section>';
    // A layout component whose heading is in its shadow root and whose content is slotted.
    const slotted = page.querySelector('#slotted')!.attachShadow({ mode: 'open' });
    slotted.innerHTML = '<h2>Evidence</h2><div><slot></slot></div>';
    const faq = inside.querySelector('faq-list') as ClinicElement;
    const card = page.querySelector('evidence-card') as ClinicElement;
    card.requestUpdate();
    await Promise.all([faq.updateComplete, card.updateComplete]);
    expect(faq.shadowRoot!.querySelector('.h')!.localName).to.equal('h4');
    expect(card.shadowRoot!.querySelector('.card-title')!.localName).to.equal('h3');
  });

  it('takes heading-level over the page around it', async () => {
    const page = await fixture(
      html`<div>
        <h1>Title</h1>
        <evidence-card substance="alcohol" heading-level="4"></evidence-card>
        <faq-list pack="ketamine-addictive" heading-level="3"></faq-list>
        <eligibility-check heading-level="5"></eligibility-check>
      </div>`,
    );
    await settled(page);
    expect(levelOf(page, 'evidence-card')).to.equal('h4');
    expect(levelOf(page, 'faq-list')).to.equal('h3');
    const check = page.querySelector('eligibility-check')!.shadowRoot!;
    expect(check.querySelector('.title')!.localName).to.equal('h5');
  });
});
