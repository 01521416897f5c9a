import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { WIDGET_TAGS, deepElements, settle } from './host-pages/host.js';
import { candidateAnswers } from './helpers/fixtures.js';

/** Colours are system colours under forced colours: text must differ from what is behind it. */
function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node;) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

function textProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    const own = [...el.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
    );
    if (!own || el.getClientRects().length === 0) continue;
    const color = getComputedStyle(el).color;
    if (color === backgroundBehind(el)) problems.push(`${el.localName}: text as its background`);
  }
  return problems;
}

describe('forced colours (Windows High Contrast)', () => {
  before(async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'emulation on').to.equal(true);
  });
  after(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('keeps every element readable, with visible boundaries and links as links', async () => {
    const page = await fixture<HTMLElement>(
      html`<clinic-context locale="en" region="CA" intake-url="/intake">
        <quick-exit></quick-exit>
        <crisis-banner quick-exit></crisis-banner>
        <medical-disclaimer kind="all" reviewed-on="2026-05-31"></medical-disclaimer>
        <evidence-card substance="alcohol"></evidence-card>
        <eligibility-check></eligibility-check>
        <faq-list pack="ketamine-addictive"></faq-list>
        <cost-estimate></cost-estimate>
        <key-takeaways pack="ketamine-addiction"></key-takeaways>
        <source-list pack="ketamine-addiction"></source-list>
      </clinic-context>`,
    );
    await settle(document);
    const check = page.querySelector('eligibility-check') as HTMLElement & { answers: object };
    check.answers = candidateAnswers();
    await settle(document);
    for (const tag of WIDGET_TAGS) {
      const root = page.querySelector(tag)!.shadowRoot!;
      expect(textProblems(root), tag).to.deep.equal([]);
    }
    // The crisis banner keeps a border (its boundary) and its call links keep link colour.
    const banner = page.querySelector('crisis-banner')!.shadowRoot!;
    const framed = deepElements(banner).some(
      (el) => parseFloat(getComputedStyle(el).borderTopWidth) > 0,
    );
    expect(framed, 'banner boundary').to.equal(true);
    const call = banner.querySelector('a[href^="tel:"]')!;
    const linkText = document.createElement('a');
    linkText.href = '#';
    document.body.append(linkText);
    expect(getComputedStyle(call).color).to.equal(getComputedStyle(linkText).color);
    // The key points keep their rule, and the sources' links stay links and copy stays a button.
    const takeaways = page.querySelector('key-takeaways')!.shadowRoot!.querySelector('.base')!;
    expect(parseFloat(getComputedStyle(takeaways).borderInlineStartWidth)).to.be.above(0);
    const sources = page.querySelector('source-list')!.shadowRoot!;
    const sourceLink = sources.querySelector('a[target="_blank"]')!;
    expect(getComputedStyle(sourceLink).color).to.equal(getComputedStyle(linkText).color);
    const copy = sources.querySelector('button.copy')!;
    expect(parseFloat(getComputedStyle(copy).borderTopWidth)).to.be.above(0);
    expect(getComputedStyle(copy).borderTopColor).to.equal(getComputedStyle(copy).color);
    linkText.remove();
  });
});
