import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { DARK_PAGE, DARK_TOKENS } from '../demo/theme.js';
import type { EligibilityCheck } from '../src/elements/eligibility-check/eligibility-check.js';
import { candidateAnswers } from './helpers/fixtures.js';
import { WIDGET_TAGS, deepElements, settle } from './host-pages/host.js';

type Theme = 'light' | 'dark' | 'forced colours';
type RGB = [number, number, number];

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance([r, g, b]: RGB): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: RGB, b: RGB): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pixels of a part of the viewport, from the browser's own screenshot (CDP). */
async function pixels(region: Region): Promise<Uint8ClampedArray> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // CDP clips in document coordinates.
  const base64 = await executeServerCommand<string, Region>('capture-screenshot', {
    ...region,
    x: region.x + scrollX,
    y: region.y + scrollY,
  });
  const bitmap = await createImageBitmap(
    await (await fetch(`data:image/png;base64,${base64}`)).blob(),
  );
  const canvas = new OffscreenCanvas(region.width, region.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, region.width, region.height).data;
}

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

interface Ring {
  control: string;
  /** Pixels whose colour changed by at least 3:1 between unfocused and focused. */
  changed: number;
  /** WCAG 2.4.13: the area of a 2 CSS px thick perimeter of the unfocused control. */
  needed: number;
}

/**
 * Compares the control's surroundings focused and unfocused. The region reaches 8 px past
 * the control (an outline and its offset), within the viewport.
 */
async function measureRing(control: HTMLElement): Promise<Ring> {
  control.scrollIntoView({ block: 'center', inline: 'center' });
  const box = control.getBoundingClientRect();
  const x = Math.max(0, Math.floor(box.left - 8));
  const y = Math.max(0, Math.floor(box.top - 8));
  const region = {
    x,
    y,
    width: Math.min(innerWidth, Math.ceil(box.right + 8)) - x,
    height: Math.min(innerHeight, Math.ceil(box.bottom + 8)) - y,
  };
  const focused = await pixels(region);
  control.blur();
  const unfocused = await pixels(region);
  control.focus();
  let changed = 0;
  for (let i = 0; i < focused.length; i += 4) {
    const a: RGB = [focused[i]!, focused[i + 1]!, focused[i + 2]!];
    const b: RGB = [unfocused[i]!, unfocused[i + 1]!, unfocused[i + 2]!];
    if (contrast(a, b) >= 3) changed += 1;
  }
  const host = (control.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const name = (control.getAttribute('aria-label') || control.textContent || '').trim();
  return {
    control: `${host} ${control.localName}${control.getAttribute('type') ? `[${control.getAttribute('type')}]` : ''} “${name.replace(/\s+/g, ' ').slice(0, 40)}”`,
    changed,
    needed: Math.round(4 * (box.width + box.height)),
  };
}

const checkIn = (root: HTMLElement, id: string) =>
  root.querySelector<EligibilityCheck>(`eligibility-check#${id}`)!;

/** Every element in the states that hold its controls. */
async function everyControl(theme: Theme): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(
    html`<div class="page">
      <button id="start">Start</button>
      <clinic-context locale="en" region="CA" intake-url="/intake" phone="514 555 0100">
        <quick-exit></quick-exit>
        <crisis-banner collapsible quick-exit></crisis-banner>
        <crisis-banner variant="compact"></crisis-banner>
        <medical-disclaimer kind="all" reviewed-on="2026-05-31"></medical-disclaimer>
        <evidence-card substance="alcohol" compare></evidence-card>
        <evidence-card variant="compact" substance="opioids"></evidence-card>
        <eligibility-check id="first"></eligibility-check>
        <eligibility-check id="asking"></eligibility-check>
        <eligibility-check id="checking"></eligibility-check>
        <eligibility-check id="candidate"></eligibility-check>
        <eligibility-check id="urgent"></eligibility-check>
        <faq-list pack="ketamine-addictive" searchable></faq-list>
        <cost-estimate></cost-estimate>
        <key-takeaways pack="ketamine-addiction"></key-takeaways>
        <source-list>
          <script type="application/json">
            {
              "sources": [
                {
                  "id": "dakwar-2020",
                  "authors": "Dakwar E, et al.",
                  "year": 2020,
                  "title": "MET",
                  "url": "https://psychiatryonline.org/doi/full/10.1176/appi.ajp.2019.18101123"
                },
                {
                  "id": "grabski-2022",
                  "authors": "Grabski M, et al.",
                  "year": 2022,
                  "title": "KARE",
                  "url": "https://pubmed.ncbi.nlm.nih.gov/34855456/"
                }
              ]
            }
          </script>
        </source-list>
      </clinic-context>
      <button id="end">End</button>
    </div>`,
  );
  if (theme === 'dark') {
    root.style.background = DARK_PAGE;
    for (const [name, value] of Object.entries(DARK_TOKENS)) root.style.setProperty(name, value);
  }
  await settle(document);
  // Every questionnaire but the first started: its first screen keeps the Start button.
  for (const id of ['asking', 'checking']) {
    checkIn(root, id).shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  }
  await settle(document);
  checkIn(root, 'candidate').answers = candidateAnswers();
  checkIn(root, 'urgent').answers = { immediateDanger: true };
  // The check-your-answers step, with its Change buttons: five answers.
  const checking = checkIn(root, 'checking').shadowRoot!;
  for (const choice of [1, 1, 1, '12', 1]) {
    if (typeof choice === 'string') {
      const days = checking.querySelector<HTMLInputElement>('input#days')!;
      days.value = choice;
      days.dispatchEvent(new Event('input', { bubbles: true }));
    } else checking.querySelectorAll<HTMLInputElement>('input[type=radio]')[choice]!.click();
    checking.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle(document);
  }
  // One FAQ answer open, for its copy button.
  const faq = root.querySelector('faq-list')!.shadowRoot!;
  faq.querySelector<HTMLButtonElement>('button.q')!.click();
  await settle(document);
  return root;
}

/** The element in the document that holds `el`, through shadow roots. */
function inPage(el: Element): Element {
  let node = el;
  while (node.getRootNode() instanceof ShadowRoot) node = (node.getRootNode() as ShadowRoot).host;
  return node;
}

/** The FAQ's question buttons are checked in test/faq-list.test.ts. */
const isFaqQuestion = (el: Element) =>
  (el.getRootNode() as ShadowRoot).host?.localName === 'faq-list' && el.matches('button.q');

describe('focus rings: every focusable control of every element (WCAG 2.4.7, 2.4.13)', () => {
  before(() => setViewport({ width: 900, height: 700 }));
  after(() => executeServerCommand('emulate-forced-colors', { active: false }));

  for (const theme of ['light', 'dark', 'forced colours'] as const) {
    it(`draws a ring of 3:1 around each, as large as a 2 px perimeter, in ${theme}`, async function () {
      // Tabs through every control of all nine elements: slow on a loaded 2-core machine.
      this.timeout(30_000);
      await executeServerCommand('emulate-forced-colors', { active: theme === 'forced colours' });
      const root = await everyControl(theme);
      root.querySelector<HTMLButtonElement>('#start')!.focus();
      const rings: Ring[] = [];
      const reached = new Set<string>();
      for (let i = 0; i < 200; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive() as HTMLElement | null;
        if (!active || active.id === 'end' || !root.contains(inPage(active))) break;
        const host = (active.getRootNode() as ShadowRoot).host?.localName;
        if (host) reached.add(host);
        if (isFaqQuestion(active)) continue;
        expect(active.matches(':focus-visible'), 'keyboard focus is focus-visible').to.equal(true);
        rings.push(await measureRing(active));
      }
      // The medical disclaimer and the key takeaways have no control: they are text only.
      const textOnly = ['medical-disclaimer', 'key-takeaways'];
      for (const tag of WIDGET_TAGS.filter((tag) => !textOnly.includes(tag)))
        expect([...reached], tag).to.include(tag);
      expect(rings.length).to.be.greaterThan(30);
      const faint = rings.filter((ring) => ring.changed < ring.needed);
      expect(
        faint.map((ring) => `${ring.control}: ${ring.changed} of ${ring.needed} px`),
      ).to.deep.equal([]);
      const least = Math.min(...rings.map((ring) => ring.changed / ring.needed));
      console.log(
        `${theme}: ${rings.length} controls, smallest ring ${least.toFixed(2)} x the area needed`,
      );
    });
  }

  it('sees a missing ring (the measurement can fail)', async () => {
    const root = await fixture<HTMLElement>(
      html`<div><button id="plain" style="outline: none">No ring</button></div>`,
    );
    const button = root.querySelector<HTMLButtonElement>('#plain')!;
    button.focus();
    const ring = await measureRing(button);
    expect(ring.changed).to.be.below(ring.needed);
  });
});

describe('target size (WCAG 2.5.8)', () => {
  it('keeps every link and button of every element at least 24 by 24 CSS px', async () => {
    const root = await everyControl('light');
    const small: string[] = [];
    let targets = 0;
    for (const el of deepElements(root)) {
      if (!el.matches('a[href], button, summary') || el.closest('#start, #end')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // Not shown in this state.
      targets += 1;
      if (box.width < 24 || box.height < 24)
        small.push(
          `${(el.getRootNode() as ShadowRoot).host.localName} ${el.localName} “${el.textContent!.trim().slice(0, 30)}”: ${box.width.toFixed(1)} x ${box.height.toFixed(1)}`,
        );
    }
    expect(targets).to.be.greaterThan(30);
    expect(small).to.deep.equal([]);
  });
});
