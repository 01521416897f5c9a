import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import { crisisLinesSchema } from '../src/content/crisis-lines.js';
import { check } from '../src/content/issues.js';
import { crisisLinesFor } from '../src/content/crisis-support.js';
import { REGIONS } from '../src/context/clinic-context.js';
import '../src/elements/clinic-context/clinic-context.js';
import { CrisisBanner } from '../src/elements/crisis-banner/crisis-banner.js';

type Link = [text: string, href: string];

function shadow(el: CrisisBanner): ShadowRoot {
  return el.shadowRoot!;
}

/** Every link as a reader meets it: its words and where it goes. */
function links(el: CrisisBanner): Link[] {
  return [...shadow(el).querySelectorAll('a')].map((a) => [
    a.textContent!.trim(),
    a.getAttribute('href')!,
  ]);
}

/** The visible text, whitespace collapsed. */
function text(el: CrisisBanner): string {
  return shadow(el).querySelector('.base')!.textContent!.replace(/\s+/g, ' ').trim();
}

function lineNames(el: CrisisBanner): string[] {
  return [...shadow(el).querySelectorAll('.line-name')].map((n) => n.textContent!.trim());
}

function toggle(el: CrisisBanner): HTMLButtonElement {
  return shadow(el).querySelector('button.toggle')!;
}

function quietConsole(method: 'error' | 'warn'): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console[method];
  console[method] = (message: string) => messages.push(message);
  return { messages, restore: () => (console[method] = original) };
}

async function banner(template: ReturnType<typeof html>): Promise<CrisisBanner> {
  const root = await fixture(template);
  const el = root instanceof CrisisBanner ? root : root.querySelector('crisis-banner')!;
  await el.updateComplete;
  return el;
}

const expected: Record<string, { names: string[]; links: Link[] }> = {
  CA: {
    names: ['988 Suicide Crisis Helpline'],
    links: [
      ['Call 911', 'tel:911'],
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
    ],
  },
  US: {
    names: ['988 Suicide & Crisis Lifeline'],
    links: [
      ['Call 911', 'tel:911'],
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['988lifeline.org', 'https://988lifeline.org/'],
    ],
  },
  GB: {
    names: ['Samaritans', 'Shout', 'NHS 111, urgent help: choose the mental health option'],
    links: [
      ['Call 999', 'tel:999'],
      ['Call 116 123', 'tel:116123'],
      ['Text SHOUT to 85258', 'sms:85258'],
      ['Call 111', 'tel:111'],
    ],
  },
  IE: {
    names: ['Samaritans', 'Text About It'],
    links: [
      ['Call 112', 'tel:112'],
      ['Call 999', 'tel:999'],
      ['Call 116 123', 'tel:116123'],
      ['Text HELLO to 50808', 'sms:50808'],
    ],
  },
  AU: {
    names: ['Lifeline'],
    links: [
      ['Call 000', 'tel:000'],
      ['Call 13 11 14', 'tel:131114'],
      ['Text 0477 13 11 14', 'sms:0477131114'],
    ],
  },
  NZ: {
    names: ['Need to talk?'],
    links: [
      ['Call 111', 'tel:111'],
      ['Call 1737', 'tel:1737'],
      ['Text 1737', 'sms:1737'],
    ],
  },
  FR: {
    names: ['3114, the national suicide prevention line'],
    links: [
      ['Call 112', 'tel:112'],
      ['Call 15', 'tel:15'],
      ['Call 3114', 'tel:3114'],
    ],
  },
  EU: { names: [], links: [['Call 112', 'tel:112']] },
};

describe('<crisis-banner>', () => {
  describe('numbers per region', () => {
    for (const region of REGIONS) {
      it(`shows the ${region} numbers, each one tap to call or text`, async () => {
        const el = await banner(html`<crisis-banner region=${region}></crisis-banner>`);
        expect(lineNames(el)).to.deep.equal(expected[region]!.names);
        expect(links(el)).to.deep.equal(expected[region]!.links);
      });
    }

    it('says 988 serves English and French in Canada, 24/7', async () => {
      const el = await banner(html`<crisis-banner region="CA"></crisis-banner>`);
      expect(text(el)).to.contain('24/7, in English and French');
    });

    it('tells EU readers that 112 works everywhere and no crisis line is common', async () => {
      const el = await banner(html`<crisis-banner region="EU"></crisis-banner>`);
      expect(text(el)).to.contain('112 reaches emergency services in every EU country');
      expect(shadow(el).querySelector('.lines')).to.equal(null);
    });

    it('shows Samaritans as free and open 24/7 in Ireland', async () => {
      const el = await banner(html`<crisis-banner region="IE"></crisis-banner>`);
      expect(shadow(el).querySelector('.hours')!.textContent).to.equal('24/7, free');
      expect(text(el)).to.contain('Call 112 or Call 999');
    });

    it('keeps the built-in data valid under the editors’ schema', () => {
      for (const region of [...REGIONS, 'international'] as const) {
        for (const locale of ['en', 'fr'] as const) {
          const { emergency, lines } = crisisLinesFor(region, locale);
          const written = lines.map(({ answersIn: _languages, ...line }) => line);
          // With no number to name (the international fallback) 112 stands in for the check.
          const numbers = emergency.length ? emergency : ['112'];
          // EU: no line is common to every country, so the built-in data has none; a clinic's
          // own JSON must give at least one (an empty list would leave only 112).
          expect(
            check(crisisLinesSchema, { emergency: numbers, lines: written }).ok,
            `${region} ${locale}`,
          ).to.equal(region !== 'EU');
        }
      }
    });
  });

  describe('with no region known', () => {
    it('shows the North American message: emergency services, and call or text 988', async () => {
      const el = await banner(html`<crisis-banner></crisis-banner>`);
      expect(text(el)).to.contain(
        'If you or someone else is in immediate danger, call emergency services now.',
      );
      expect(lineNames(el)).to.deep.equal([
        'Suicide crisis support in Canada or the United States',
      ]);
      expect(links(el)).to.deep.equal([
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
      ]);
    });

    it('says the same in French', async () => {
      const el = await banner(html`<crisis-banner locale="fr"></crisis-banner>`);
      expect(text(el)).to.contain('appelez les services d’urgence maintenant.');
      expect(links(el)).to.deep.equal([
        ['Appeler le 988', 'tel:988'],
        ['Texter le 988', 'sms:988'],
      ]);
    });
  });

  describe('where the region comes from', () => {
    it('prefers its own region attribute over the clinic context', async () => {
      const el = await banner(
        html`<clinic-context region="AU"
          ><crisis-banner region="GB"></crisis-banner
        ></clinic-context>`,
      );
      expect(links(el)[0]).to.deep.equal(['Call 999', 'tel:999']);
    });

    it('takes the clinic context’s region when it has none of its own', async () => {
      const el = await banner(
        html`<clinic-context region="AU"><crisis-banner></crisis-banner></clinic-context>`,
      );
      expect(links(el)[0]).to.deep.equal(['Call 000', 'tel:000']);
    });

    it('prefers the clinic context’s region over the region subtag of its locale', async () => {
      const el = await banner(
        html`<clinic-context region="US"
          ><crisis-banner locale="en-GB"></crisis-banner
        ></clinic-context>`,
      );
      expect(lineNames(el)).to.deep.equal(expected.US!.names);
    });

    it('falls back to the region subtag of its locale', async () => {
      const el = await banner(html`<crisis-banner locale="en-IE"></crisis-banner>`);
      expect(lineNames(el)).to.deep.equal(expected.IE!.names);
    });

    it('follows the clinic context when it changes', async () => {
      const el = await banner(
        html`<clinic-context region="US"><crisis-banner></crisis-banner></clinic-context>`,
      );
      const context = el.parentElement!;
      context.setAttribute('region', 'GB');
      await (context as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await el.updateComplete;
      expect(links(el)[0]).to.deep.equal(['Call 999', 'tel:999']);
    });

    it('reads UK as GB', async () => {
      const el = await banner(html`<crisis-banner region="UK"></crisis-banner>`);
      expect(links(el)).to.deep.equal(expected.GB!.links);
    });

    it('takes France from a fr-FR locale and New Zealand from en-NZ', async () => {
      const france = await banner(html`<crisis-banner locale="fr-FR"></crisis-banner>`);
      expect(links(france)).to.deep.equal([
        ['Appeler le 112', 'tel:112'],
        ['Appeler le 15', 'tel:15'],
        ['Appeler le 3114', 'tel:3114'],
      ]);
      const nz = await banner(html`<div lang="en-NZ"><crisis-banner></crisis-banner></div>`);
      expect(lineNames(nz)).to.deep.equal(['Need to talk?']);
    });

    for (const [how, template, named] of [
      ['attribute', html`<crisis-banner region="ZA"></crisis-banner>`, 'region "ZA"'],
      ['locale', html`<crisis-banner locale="en-ZA"></crisis-banner>`, 'the region "ZA"'],
      [
        'clinic context',
        html`<clinic-context region="DE"><crisis-banner></crisis-banner></clinic-context>`,
        'region "DE"',
      ],
    ] as const) {
      it(`gives an unknown region (${how}) the local emergency number and Find A Helpline, never 988`, async () => {
        const { messages, restore } = quietConsole('error');
        let el: CrisisBanner;
        try {
          el = await banner(template);
          el.requestUpdate();
          await el.updateComplete;
        } finally {
          restore();
        }
        expect(text(el)).to.contain(
          'If you or someone else is in immediate danger, call your local emergency number now.',
        );
        expect(text(el)).not.to.contain('988');
        expect(text(el)).not.to.contain('Canada or the United States');
        expect(links(el)).to.deep.equal([['findahelpline.com', 'https://findahelpline.com/']]);
        expect(new Set(messages).size, messages.join('\n')).to.equal(1);
        expect(messages[0]).to.contain(named);
        expect(messages[0]).to.contain('international fallback');
      });
    }

    it('keeps the unknown-region fallback on one compact line', async () => {
      const { restore } = quietConsole('error');
      try {
        const el = await banner(
          html`<crisis-banner variant="compact" region="ZZ"></crisis-banner>`,
        );
        expect(text(el)).to.contain('call your local emergency number');
        expect(text(el)).not.to.contain('988');
      } finally {
        restore();
      }
    });
  });

  describe('languages and numbers', () => {
    it('says a line answers in English to a French reader, and not to an English one', async () => {
      const fr = await banner(html`<crisis-banner locale="fr" region="GB"></crisis-banner>`);
      const hours = [...shadow(fr).querySelectorAll('.hours')].map((h) => h.textContent!.trim());
      expect(hours).to.deep.equal([
        '24 h sur 24, 7 jours sur 7, gratuit, en anglais',
        '24 h sur 24, 7 jours sur 7, gratuit, en anglais',
        'en anglais',
      ]);
      const en = await banner(html`<crisis-banner locale="en" region="GB"></crisis-banner>`);
      expect(text(en)).not.to.contain('in English');
      const france = await banner(html`<crisis-banner locale="en" region="FR"></crisis-banner>`);
      expect(text(france)).to.contain('24/7, free, in French');
      const compact = await banner(
        html`<crisis-banner locale="fr" region="NZ" variant="compact"></crisis-banner>`,
      );
      expect(text(compact)).to.contain('Need to talk? (en anglais)');
    });

    it('does not repeat the languages of Canada’s 988, which answers in both', async () => {
      const el = await banner(html`<crisis-banner locale="fr" region="CA"></crisis-banner>`);
      expect(text(el)).not.to.contain('en anglais,');
    });

    it('dials the number it shows: a bracketed trunk 0 after a country code is dropped', async () => {
      const el = await banner(
        html`<crisis-banner>
          <script type="application/json">
            { "emergency": "999", "lines": [{ "name": "Clinic", "call": "+44 (0) 20 7946 0000" }] }
          </script>
        </crisis-banner>`,
      );
      expect(links(el)).to.deep.equal([
        ['Call 999', 'tel:999'],
        ['Call +44 20 7946 0000', 'tel:+442079460000'],
      ]);
    });
  });

  describe('in French', () => {
    it('names the region, the lines and the links in French', async () => {
      const el = await banner(
        html`<clinic-context locale="fr" region="CA"
          ><crisis-banner></crisis-banner
        ></clinic-context>`,
      );
      expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal(
        'Soutien en cas de crise',
      );
      expect(lineNames(el)).to.deep.equal(['9-8-8 : Ligne d’aide en cas de crise de suicide']);
      expect(links(el).map(([words]) => words)).to.deep.equal([
        'Appeler le 911',
        'Appeler le 988',
        'Texter le 988',
      ]);
      expect(text(el)).to.contain('en français et en anglais');
      expect(shadow(el).querySelector('.visually-hidden')!.textContent!.trim()).to.equal(
        'Urgence\u00a0:',
      );
    });
  });

  describe('a clinic’s own lines', () => {
    it('replaces the built-in lines with valid JSON, one number or a list for emergency', async () => {
      const el = await banner(
        html`<crisis-banner region="CA">
          <script type="application/json">
            {
              "emergency": ["112", "999"],
              "lines": [
                {
                  "name": "Clinic on-call nurse",
                  "call": "+1 514 555 0100",
                  "hours": "Weekdays 9–5"
                }
              ]
            }
          </script>
        </crisis-banner>`,
      );
      expect(lineNames(el)).to.deep.equal(['Clinic on-call nurse']);
      expect(links(el)).to.deep.equal([
        ['Call 112', 'tel:112'],
        ['Call 999', 'tel:999'],
        ['Call +1 514 555 0100', 'tel:+15145550100'],
      ]);
      expect(text(el)).to.contain('Weekdays 9–5');
    });

    it('loads them from src', async () => {
      const body = JSON.stringify({
        emergency: '911',
        lines: [{ name: 'Clinic line', text: '45645' }],
      });
      const src = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
      const el = await banner(html`<crisis-banner region="GB" src=${src}></crisis-banner>`);
      // The built-in lines hold the place while the file loads.
      expect(lineNames(el)).to.not.be.empty;
      await new Promise<void>((resolve) => {
        const poll = () =>
          lineNames(el)[0] === 'Clinic line' ? resolve() : requestAnimationFrame(poll);
        poll();
      });
      expect(links(el)).to.deep.equal([
        ['Call 911', 'tel:911'],
        ['Text 45645', 'sms:45645'],
      ]);
    });

    it('keeps the built-in lines when the clinic’s are invalid, and says so to the author', async () => {
      const { messages, restore } = quietConsole('error');
      let detail: ContentErrorDetail;
      let el: CrisisBanner;
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const heard = oneEvent(wrapper, 'content-error');
        wrapper.innerHTML = `<crisis-banner region="GB"><script type="application/json">{"emergency": "call us", "lines": [{"call": "116 123"}]}</script></crisis-banner>`;
        detail = ((await heard) as CustomEvent<ContentErrorDetail>).detail;
        el = wrapper.querySelector('crisis-banner')!;
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(detail.source).to.equal('json');
      expect(detail.issues.map((i) => i.path)).to.deep.equal(['emergency', 'lines[0].name']);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('lines[0].name');
      expect(links(el)[0]).to.deep.equal(['Call 999', 'tel:999']);
      expect(lineNames(el)).to.deep.equal(expected.GB!.names);
      expect(shadow(el).querySelector('[part=notice]')!.textContent).to.equal(
        'Some of this content could not be shown.',
      );
    });

    it('keeps the built-in lines when the JSON does not parse', async () => {
      const { restore } = quietConsole('error');
      try {
        const el = await banner(
          html`<crisis-banner region="AU"
            ><script type="application/json">
              {"emergency":
            </script></crisis-banner
          >`,
        );
        expect(links(el)).to.deep.equal(expected.AU!.links);
      } finally {
        restore();
      }
    });
  });

  describe('variants', () => {
    it('is a named landmark region, never an alert', async () => {
      const el = await banner(html`<crisis-banner region="CA"></crisis-banner>`);
      const region = shadow(el).querySelector('section')!;
      expect(region.getAttribute('aria-label')).to.equal('Crisis support');
      expect(shadow(el).querySelector('[role=alert], [aria-live]')).to.equal(null);
      expect(shadow(el).querySelector('.title')!.textContent!.trim()).to.equal(
        'Urgent: Crisis support',
      );
    });

    it('puts the emergency number and every line on one compact line', async () => {
      const el = await banner(html`<crisis-banner region="IE" variant="compact"></crisis-banner>`);
      expect(shadow(el).querySelector('.compact-line')).to.exist;
      expect(shadow(el).querySelector('.title')).to.equal(null);
      expect(text(el)).to.equal(
        'Urgent: Immediate danger: Call 112 or Call 999 Samaritans Call 116 123 Text About It Text HELLO to 50808',
      );
    });

    it('draws call links the same way in every variant, apart from the fold button', async () => {
      const looks = [];
      for (const variant of ['banner', 'inline', 'compact']) {
        const el = await banner(
          html`<crisis-banner region="GB" variant=${variant} collapsible></crisis-banner>`,
        );
        const call = shadow(el).querySelector('a[href="tel:999"]')!;
        const style = getComputedStyle(call);
        looks.push(
          [style.color, style.borderTopColor, style.borderTopWidth, style.fontWeight].join(' '),
        );
        const fold = getComputedStyle(toggle(el));
        expect(fold.borderTopColor, `${variant} fold button`).to.not.equal(style.borderTopColor);
      }
      expect(new Set(looks).size, looks.join(' | ')).to.equal(1);
    });

    it('shows the no-region compact line without a number for emergencies', async () => {
      const el = await banner(html`<crisis-banner variant="compact"></crisis-banner>`);
      expect(text(el)).to.contain('Immediate danger: call emergency services');
      expect(links(el).map(([, href]) => href)).to.deep.equal(['tel:988', 'sms:988']);
    });

    it('reports an unknown variant and shows the full banner', async () => {
      const { messages, restore } = quietConsole('error');
      try {
        const el = await banner(html`<crisis-banner region="CA" variant="huge"></crisis-banner>`);
        expect(shadow(el).querySelector('.base')!.classList.contains('banner')).to.equal(true);
      } finally {
        restore();
      }
      expect(messages).to.deep.equal([
        '<crisis-banner>: variant "huge" is not known; use banner, inline or compact.',
      ]);
    });

    it('keeps every link and button at least 24 by 24 pixels', async () => {
      for (const variant of ['banner', 'inline', 'compact']) {
        const el = await banner(
          html`<crisis-banner region="US" variant=${variant} collapsible></crisis-banner>`,
        );
        if (variant === 'compact') toggle(el).click();
        await el.updateComplete;
        for (const target of shadow(el).querySelectorAll('a, button')) {
          const box = target.getBoundingClientRect();
          expect(box.width, `${variant} ${target.textContent}`).to.be.at.least(24);
          expect(box.height, `${variant} ${target.textContent}`).to.be.at.least(24);
        }
      }
    });

    it('fits 320 CSS pixels without horizontal scrolling, in French', async () => {
      for (const variant of ['banner', 'inline', 'compact']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div class="narrow">
            <crisis-banner locale="fr" region="US" variant=${variant} collapsible></crisis-banner>
          </div>`,
        );
        wrapper.style.width = '320px';
        const el = wrapper.querySelector('crisis-banner')!;
        await el.updateComplete;
        const base = shadow(el).querySelector<HTMLElement>('.base')!;
        expect(base.scrollWidth, variant).to.be.at.most(base.clientWidth);
        expect(el.getBoundingClientRect().width, variant).to.be.at.most(320);
      }
    });

    it('stays in view when sticky, taking its own space rather than covering the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <crisis-banner region="CA" variant="compact" sticky></crisis-banner>
          <p>Article text</p>
        </div>`,
      );
      const el = wrapper.querySelector('crisis-banner')!;
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('sticky');
      expect(getComputedStyle(el).top).to.equal('0px');
      const paragraph = wrapper.querySelector('p')!.getBoundingClientRect();
      expect(paragraph.top).to.be.at.least(el.getBoundingClientRect().bottom);
    });

    it('keeps its links outlined and readable in forced-colors mode', async () => {
      // The test browser (puppeteer) cannot emulate forced colors: check the rules it would apply.
      const el = await banner(html`<crisis-banner region="CA"></crisis-banner>`);
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const forced = rules.filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
      );
      const declared = (selector: string) =>
        forced
          .flatMap((media) => [...media.cssRules])
          .find((rule) => (rule as CSSStyleRule).selectorText === selector) as
          CSSStyleRule | undefined;
      expect(declared('.action')!.style.borderColor).to.equal('linktext');
      expect(declared('.action')!.style.color).to.equal('linktext');
      expect(declared('.base')!.style.borderColor).to.equal('canvastext');
      // Pills keep a visible border, which forced colors repaint rather than drop.
      expect(getComputedStyle(shadow(el).querySelector('.action')!).borderTopStyle).to.equal(
        'solid',
      );
    });
  });

  describe('collapsible', () => {
    it('folds to the compact line and unfolds again from the keyboard', async () => {
      const el = await banner(html`<crisis-banner region="CA" collapsible></crisis-banner>`);
      const button = toggle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal('content');
      expect(shadow(el).querySelector('.lines')).to.exist;

      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).querySelector('.lines')).to.equal(null);
      expect(shadow(el).querySelector('.compact-line')).to.exist;
      // Folded, the numbers are still there to call.
      expect(links(el).map(([, href]) => href)).to.deep.equal(['tel:911', 'tel:988', 'sms:988']);
      expect(shadow(el).activeElement).to.equal(button);

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).querySelector('.lines')).to.exist;
    });

    it('is reached with Tab after the banner’s links', async () => {
      const el = await banner(html`<crisis-banner region="AU" collapsible></crisis-banner>`);
      shadow(el).querySelector<HTMLAnchorElement>('a')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.textContent).to.contain('Call 13 11 14');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.textContent).to.contain('Text 0477 13 11 14');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(toggle(el));
    });

    it('starts folded when compact, and unfolds to the full banner', async () => {
      const el = await banner(
        html`<crisis-banner region="GB" variant="compact" collapsible></crisis-banner>`,
      );
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      toggle(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(lineNames(el)).to.deep.equal(expected.GB!.names);
      expect(shadow(el).querySelector('.title')).to.exist;
    });

    it('has no toggle unless collapsible', async () => {
      const el = await banner(html`<crisis-banner region="GB"></crisis-banner>`);
      expect(shadow(el).querySelector('button')).to.equal(null);
    });
  });

  describe('without the script', () => {
    it('shows the author’s text in the reserved space when the script does not load', async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="No script" width="800" height="400"></iframe>`,
      );
      const loaded = oneEvent(frame, 'load');
      frame.srcdoc = `<link rel="stylesheet" href="${location.origin}/src/clinic-widgets.css" />
        <crisis-banner region="CA"><p>If you are in immediate danger, call 911. Call or text 988.</p>
        <script type="application/json">{"emergency": "911", "lines": []}</script></crisis-banner>
        <crisis-banner variant="compact"></crisis-banner>`;
      await loaded;
      const doc = frame.contentDocument!;
      const [full, compact] = [...doc.querySelectorAll('crisis-banner')];
      expect(full!.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      expect(full!.querySelector('script')!.getClientRects()).to.have.length(0);
      expect(full!.getBoundingClientRect().height).to.be.at.least(160);
      expect(compact!.getBoundingClientRect().height).to.equal(44);
    });

    it('replaces the author’s fallback text and hides the JSON child once it upgrades', async () => {
      const el = await banner(
        html`<crisis-banner region="CA">
          <p class="fallback">If you are in immediate danger, call 911. Call or text 988.</p>
          <script type="application/json">
            { "emergency": "911", "lines": [{ "name": "Clinic line", "call": "988" }] }
          </script>
        </crisis-banner>`,
      );
      expect(el.querySelector('.fallback')!.getClientRects()).to.have.length(0);
      expect(el.querySelector('script')!.getClientRects()).to.have.length(0);
      expect(lineNames(el)).to.deep.equal(['Clinic line']);
    });
  });

  describe('accessibility (axe)', () => {
    for (const variant of ['banner', 'inline', 'compact']) {
      it(`passes in the ${variant} variant`, async () => {
        const el = await banner(
          html`<crisis-banner region="US" variant=${variant}></crisis-banner>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('passes folded and unfolded, in French', async () => {
      const el = await banner(
        html`<crisis-banner locale="fr" region="CA" collapsible></crisis-banner>`,
      );
      await expect(el).to.be.accessible();
      toggle(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes with no region, with the EU note, and with unusable clinic lines', async () => {
      const { restore } = quietConsole('error');
      try {
        for (const template of [
          html`<crisis-banner></crisis-banner>`,
          html`<crisis-banner region="EU" variant="inline"></crisis-banner>`,
          html`<crisis-banner region="GB"
            ><script type="application/json">
              { "lines": 3 }
            </script></crisis-banner
          >`,
        ]) {
          const el = await banner(template);
          await expect(el).to.be.accessible();
        }
      } finally {
        restore();
      }
    });
  });
});
