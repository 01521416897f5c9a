import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/clinic-context/clinic-context.js';
import '../src/elements/crisis-banner/crisis-banner.js';
import '../src/elements/eligibility-check/eligibility-check.js';
import { QuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { DEFAULT_EXIT_HREF, leaving } from '../src/internal/exit-control.js';
import { measureFocusRing } from './helpers/focus-ring.js';
import { en, fr } from './helpers/strings.js';

/** What the page looked like at the moment it asked to leave. */
interface Departure {
  href: string;
  /** The overlay was open, modal (the rest of the page inert) and on top of the viewport's centre. */
  hidden: boolean;
}

const departures: Departure[] = [];
const original = { ...leaving };
/** The shortcut's clock, moved by hand: slow presses without waiting. */
let clock = 0;

/** Whether the page is hidden now: an open modal overlay of `host` covering the whole viewport. */
function pageHidden(host: Element): boolean {
  const overlay = host.shadowRoot!.querySelector('dialog')!;
  const box = overlay.getBoundingClientRect();
  const covers =
    box.top <= 0 && box.left <= 0 && box.right >= innerWidth && box.bottom >= innerHeight;
  const top = host.shadowRoot!.elementFromPoint(innerWidth / 2, innerHeight / 2);
  return overlay.matches(':modal') && covers && !!top?.closest('dialog');
}

/** Every host that can show the control, to find the one that left. */
let watched: Element[] = [];

beforeEach(() => {
  departures.length = 0;
  watched = [];
  // Far from the last test's presses: they are all stale.
  clock += 60_000;
  leaving.now = () => clock;
  leaving.replace = (href: string) =>
    departures.push({ href, hidden: watched.some((host) => pageHidden(host)) });
});
afterEach(() => {
  leaving.now = original.now;
  leaving.replace = original.replace;
});

async function quickExit(template: ReturnType<typeof html>): Promise<QuickExit> {
  const root = await fixture(template);
  const el = root instanceof QuickExit ? root : root.querySelector('quick-exit')!;
  await el.updateComplete;
  watched.push(el);
  return el;
}

const button = (host: Element) =>
  host.shadowRoot!.querySelector<HTMLButtonElement>('button.quick-exit-button')!;
const status = (host: Element) =>
  host.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** The button's accessible description: the texts its aria-describedby names, in order. */
function description(host: Element): string {
  const ids = button(host).getAttribute('aria-describedby')!.split(' ');
  return ids.map((id) => host.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
}

async function pressShift(times: number, gapMs = 100): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    if (i > 0) clock += gapMs;
    await sendKeys({ press: 'Shift' });
  }
}

function quietErrors(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const before = console.error;
  console.error = (message: string) => messages.push(message);
  return { messages, restore: () => (console.error = before) };
}

describe('<quick-exit>: the button', () => {
  it('hides the page behind the overlay, then replaces the location with the neutral default', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    expect(button(el).textContent!.trim()).to.equal('Leave this page');
    expect(pageHidden(el), 'nothing hidden before').to.equal(false);
    button(el).click();
    expect(departures).to.deep.equal([{ href: DEFAULT_EXIT_HREF, hidden: true }]);
    expect(DEFAULT_EXIT_HREF).to.equal('https://www.wikipedia.org/');
  });

  it('goes to the address the author gives', async () => {
    const el = await quickExit(html`<quick-exit href="https://weather.gc.ca/"></quick-exit>`);
    button(el).click();
    expect(departures).to.deep.equal([{ href: 'https://weather.gc.ca/', hidden: true }]);
  });

  for (const bad of [
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    '/somewhere',
    'data:text/html,x',
    'https://',
  ]) {
    it(`tells the author and uses the default for href "${bad}"`, async () => {
      const errors = quietErrors();
      try {
        const el = await quickExit(html`<quick-exit href=${bad}></quick-exit>`);
        button(el).click();
        expect(departures.map((d) => d.href)).to.deep.equal([DEFAULT_EXIT_HREF]);
        expect(errors.messages.join('\n')).to.match(/<quick-exit>: quick exit address/);
      } finally {
        errors.restore();
      }
    });
  }

  it('is reached with Tab and pressed with Enter or Space', async () => {
    const el = await quickExit(
      html`<div><input aria-label="Before" /><quick-exit></quick-exit></div>`,
    );
    el.parentElement!.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    expect(departures).to.deep.equal([{ href: DEFAULT_EXIT_HREF, hidden: true }]);
    el.shadowRoot!.querySelector('dialog')!.close();
    button(el).focus();
    await sendKeys({ press: 'Space' });
    expect(departures.length).to.equal(2);
  });

  it('says in its description that it does not clear the history, and how to browse privately', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    expect(description(el)).to.equal(`${en.quickExit.shortcut} ${en.quickExit.limits}`);
    expect(en.quickExit.limits).to.contain('does not clear');
    expect(en.quickExit.limits).to.contain('private window');
    // One line, in view beside the button.
    const notes = el.shadowRoot!.querySelector('.quick-exit-notes')!;
    expect(notes.getClientRects().length).to.be.above(0);
  });

  it('makes no request before it is used', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await quickExit(html`<quick-exit href="https://weather.gc.ca/"></quick-exit>`);
    await sendKeys({ press: 'Shift' });
    const after = performance.getEntriesByType('resource').slice(before);
    expect(
      after.map((e) => e.name).filter((name) => !name.startsWith(location.origin)),
    ).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('link, img, iframe')).to.equal(null);
  });
});

describe('<quick-exit>: three presses of Shift', () => {
  it('leaves from anywhere on the page, the overlay first', async () => {
    const el = await quickExit(
      html`<div>
        <label>Search <input /></label>
        <quick-exit href="https://weather.gc.ca/"></quick-exit>
      </div>`,
    );
    el.parentElement!.querySelector('input')!.focus();
    await pressShift(3);
    expect(departures).to.deep.equal([{ href: 'https://weather.gc.ca/', hidden: true }]);
  });

  it('tells screen reader users how many presses are left, beside the button', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    expect(status(el)).to.equal('');
    await pressShift(1);
    await el.updateComplete;
    expect(status(el)).to.equal(en.quickExit.pressTwoMore);
    await pressShift(1);
    await el.updateComplete;
    expect(status(el)).to.equal(en.quickExit.pressOneMore);
    // The shortcut is part of the button's description too.
    expect(description(el)).to.contain('Shift 3 times');
  });

  it('does not leave on two presses', async () => {
    await quickExit(html`<quick-exit></quick-exit>`);
    await pressShift(2);
    expect(departures).to.deep.equal([]);
  });

  it('does not leave on slow presses, and counts again from a press within the second', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    // 0, 600, 1200 ms: the third is 1.2 s after the first.
    await pressShift(3, 600);
    expect(departures).to.deep.equal([]);
    await el.updateComplete;
    expect(status(el)).to.equal(en.quickExit.pressOneMore);
    // 1200 and 1500 ms with 600: three within a second.
    clock += 300;
    await sendKeys({ press: 'Shift' });
    expect(departures.length).to.equal(1);
  });

  it('does not leave when the presses are 1 s apart in all', async () => {
    await quickExit(html`<quick-exit></quick-exit>`);
    await pressShift(3, 500);
    expect(departures).to.deep.equal([]);
  });

  it('does not count Shift with another key (capitals), with Ctrl, or held down', async () => {
    const el = await quickExit(
      html`<div><input aria-label="Name" /><quick-exit></quick-exit></div>`,
    );
    el.parentElement!.querySelector('input')!.focus();
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
    }
    expect(el.parentElement!.querySelector('input')!.value, 'typed').to.equal('AAA');
    expect(departures, 'Shift+A').to.deep.equal([]);
    await sendKeys({ down: 'Control' });
    await pressShift(3);
    await sendKeys({ up: 'Control' });
    expect(departures, 'Ctrl+Shift').to.deep.equal([]);
    // A held Shift repeats its keydown: that press is no tap, and the sequence starts again.
    await pressShift(2);
    await sendKeys({ down: 'Shift' });
    document.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true, repeat: true }),
    );
    await sendKeys({ up: 'Shift' });
    expect(departures, 'held').to.deep.equal([]);
    // Another key between presses breaks the sequence as well.
    await pressShift(2);
    await sendKeys({ press: 'KeyB' });
    await pressShift(1);
    expect(departures, 'a key between').to.deep.equal([]);
    await pressShift(2);
    expect(departures.length, 'three clean presses still leave').to.equal(1);
  });

  it('can be turned off with no-shortcut: the button stays, the hint goes', async () => {
    const el = await quickExit(html`<quick-exit no-shortcut></quick-exit>`);
    await pressShift(3);
    expect(departures).to.deep.equal([]);
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(description(el)).to.equal(en.quickExit.limits);
    expect(el.shadowRoot!.textContent).not.to.contain('Shift');
    button(el).click();
    expect(departures.length).to.equal(1);
    // And on again.
    el.noShortcut = false;
    await el.updateComplete;
    await pressShift(3);
    expect(departures.length).to.equal(2);
  });

  it('leaves once when the page has several controls, and not after they are removed', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <quick-exit href="https://weather.gc.ca/"></quick-exit>
        <crisis-banner quick-exit quick-exit-href="https://www.google.com/"></crisis-banner>
      </div>`,
    );
    const banner = page.querySelector('crisis-banner')!;
    await banner.updateComplete;
    watched.push(page.querySelector('quick-exit')!, banner);
    await pressShift(3);
    expect(departures).to.deep.equal([{ href: 'https://weather.gc.ca/', hidden: true }]);
    page.remove();
    await pressShift(3);
    expect(departures.length).to.equal(1);
  });
});

describe('<quick-exit>: in other widgets', () => {
  it('<crisis-banner quick-exit> shows the same control, which leaves by button and shortcut', async () => {
    const banner = (await fixture(
      html`<crisis-banner region="CA" quick-exit></crisis-banner>`,
    )) as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await banner.updateComplete;
    watched.push(banner);
    expect(button(banner).textContent!.trim()).to.equal('Leave this page');
    expect(description(banner)).to.equal(`${en.quickExit.shortcut} ${en.quickExit.limits}`);
    expect(banner.shadowRoot!.textContent).to.contain('988');
    button(banner).click();
    await pressShift(3);
    expect(departures).to.deep.equal([
      { href: DEFAULT_EXIT_HREF, hidden: true },
      { href: DEFAULT_EXIT_HREF, hidden: true },
    ]);
    await expect(banner).to.be.accessible();
  });

  it('<crisis-banner quick-exit-href> leaves for that address; without the attribute, no control', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <crisis-banner quick-exit quick-exit-href="https://weather.gc.ca/"></crisis-banner>
        <crisis-banner variant="compact"></crisis-banner>
      </div>`,
    );
    const [withExit, without] = [...page.querySelectorAll('crisis-banner')];
    await Promise.all([withExit!.updateComplete, without!.updateComplete]);
    watched.push(withExit!);
    button(withExit!).click();
    expect(departures).to.deep.equal([{ href: 'https://weather.gc.ca/', hidden: true }]);
    expect(without!.shadowRoot!.querySelector('.quick-exit')).to.equal(null);
  });

  it('<eligibility-check quick-exit> shows the same control above the questions, in French too', async () => {
    const check = (await fixture(
      html`<eligibility-check locale="fr" quick-exit></eligibility-check>`,
    )) as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await check.updateComplete;
    watched.push(check);
    const exit = button(check);
    expect(exit.textContent!.trim()).to.equal('Quitter cette page');
    const first = check.shadowRoot!.querySelector('button, input, a');
    expect(first, 'the first control of the widget').to.equal(exit);
    expect(description(check)).to.equal(`${fr.quickExit.shortcut} ${fr.quickExit.limits}`);
    exit.click();
    expect(departures).to.deep.equal([{ href: DEFAULT_EXIT_HREF, hidden: true }]);
    await expect(check).to.be.accessible();
  });
});

describe('<quick-exit>: in other widgets, a bad address', () => {
  it('<eligibility-check quick-exit-href="javascript:…"> tells the author and leaves for the default', async () => {
    const errors = quietErrors();
    try {
      const check = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<eligibility-check
          quick-exit
          quick-exit-href="javascript:alert(1)"
        ></eligibility-check>`,
      );
      await check.updateComplete;
      watched.push(check);
      button(check).click();
      expect(departures).to.deep.equal([{ href: DEFAULT_EXIT_HREF, hidden: true }]);
      expect(errors.messages.join('\n')).to.match(/<eligibility-check>: quick exit address/);
    } finally {
      errors.restore();
    }
  });
});

describe('<quick-exit>: in French', () => {
  it('speaks French with a French lang, in the button, its description and its announcements', async () => {
    const el = await quickExit(html`<quick-exit locale="fr"></quick-exit>`);
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('fr');
    expect(button(el).textContent!.trim()).to.equal('Quitter cette page');
    expect(description(el)).to.equal(`${fr.quickExit.shortcut} ${fr.quickExit.limits}`);
    expect(fr.quickExit.limits).to.contain('fenêtre de navigation privée');
    await pressShift(1);
    await el.updateComplete;
    expect(status(el)).to.equal(fr.quickExit.pressTwoMore);
    await pressShift(2);
    expect(departures.length).to.equal(1);
    expect(el.shadowRoot!.querySelector('dialog')!.textContent!.trim()).to.equal(
      fr.quickExit.leaving,
    );
  });

  it('follows the page’s lang', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr-CA"><quick-exit></quick-exit></div>`,
    );
    const el = page.querySelector('quick-exit')!;
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Quitter cette page');
  });
});

describe('<quick-exit>: accessible', () => {
  for (const locale of ['en', 'fr'] as const) {
    for (const variant of ['inline', 'sticky'] as const) {
      it(`is axe-clean: ${variant}, ${locale}`, async () => {
        const el = await quickExit(
          html`<quick-exit locale=${locale} variant=${variant}></quick-exit>`,
        );
        await expect(el).to.be.accessible();
        await pressShift(1);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is axe-clean with the overlay shown', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    button(el).click();
    await expect(el).to.be.accessible();
  });

  it('has a 44 px target and a visible focus ring', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    const box = button(el).getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    const ring = await measureFocusRing(button(el));
    expect(ring.area, 'focus ring pixels').to.be.at.least(ring.required);
  });

  it('fits 320 px at 200% text, with no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const locale of ['en', 'fr'] as const) {
        const page = await fixture<HTMLElement>(
          html`<div class="page"><quick-exit locale=${locale} variant="sticky"></quick-exit></div>`,
        );
        document.documentElement.style.fontSize = '200%';
        const el = page.querySelector('quick-exit')!;
        el.requestUpdate();
        await el.updateComplete;
        expect(document.documentElement.scrollWidth, locale).to.be.at.most(320);
        const box = button(el).getBoundingClientRect();
        expect(box.right, 'button in view').to.be.at.most(320);
        expect(box.height).to.be.at.least(44);
        document.documentElement.style.fontSize = '';
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps a visible button under forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await quickExit(html`<quick-exit></quick-exit>`);
      const style = getComputedStyle(button(el));
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.color).not.to.equal(style.backgroundColor);
      expect(style.borderTopColor).not.to.equal(getComputedStyle(document.body).backgroundColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
