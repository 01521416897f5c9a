import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  sendKeys,
  setViewport,
} from '@web/test-runner-commands';
import { DARK_PAGE, DARK_TOKENS } from '../demo/theme.js';
import { parseRichText, renderRichText, safeHref } from '../src/content/rich-text.js';
import { slugify } from '../src/content/faq.js';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import '../src/elements/faq-list/faq-list.js';
import type { FaqList, FaqToggleDetail } from '../src/elements/faq-list/faq-list.js';
import { jsonUrl, quietErrors } from './helpers/fixtures.js';
import { capture, measureFocusRing } from './helpers/focus-ring.js';

const shadow = (el: FaqList) => el.shadowRoot!;
const questionButton = (el: FaqList, id: string) =>
  shadow(el).getElementById(`${id}:q`) as HTMLButtonElement;
const answerPanel = (el: FaqList, id: string) => shadow(el).getElementById(`${id}:a`)!;
const shownQuestions = (el: FaqList) =>
  [...shadow(el).querySelectorAll<HTMLElement>('.item:not([hidden]) .q')].map((b) =>
    b.textContent!.trim(),
  );
const isOpen = (el: FaqList, id: string) =>
  questionButton(el, id).getAttribute('aria-expanded') === 'true' &&
  !answerPanel(el, id).hasAttribute('hidden');
const ldBlocks = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
const ld = () =>
  JSON.parse(ldBlocks()[0]!.textContent!) as {
    '@context': string;
    '@type': string;
    mainEntity: {
      '@type': string;
      name: string;
      acceptedAnswer: { '@type': string; text: string };
    }[];
  };

async function settled(el: FaqList): Promise<void> {
  // The content controller's MutationObserver runs in a microtask before the next update.
  await Promise.resolve();
  await el.updateComplete;
}

async function loaded(el: FaqList): Promise<void> {
  // A src fetch settles on its own time: wait for it frame by frame, as the loader tests do.
  while (el.content.status === 'loading') await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

/** The words the page's search highlight covers inside `root` (light or shadow DOM). */
function highlighted(root: Node): string[] {
  const highlight = CSS.highlights.get('cw-faq-match');
  return [...(highlight ?? [])]
    .filter((range) => root.contains((range as StaticRange).startContainer))
    .map((range) => {
      const { startContainer, startOffset, endOffset } = range as StaticRange;
      return (startContainer as Text).data.slice(startOffset, endOffset);
    });
}

async function typeSearch(el: FaqList, text: string): Promise<void> {
  const input = shadow(el).querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys(text ? { type: text } : { press: 'Backspace' });
  await el.updateComplete;
}

function pastedDetails(id: string, question: string, answer: string): HTMLDetailsElement {
  const details = document.createElement('details');
  if (id) details.id = id;
  const summary = document.createElement('summary');
  summary.textContent = question;
  const paragraph = document.createElement('p');
  paragraph.textContent = answer;
  details.append(summary, paragraph);
  return details;
}

interface TrustedTypesReport {
  ld?: string;
  answerHtml?: string;
  violations: string[];
  error?: string;
}

/** Loads the element in a frame whose page requires Trusted Types, and reports what happened. */
async function underTrustedTypes(policy: string): Promise<TrustedTypesReport> {
  const frame = document.createElement('iframe');
  const answer =
    '<p>A <img src=x onerror=parent.__faqRan=1> <a href=https://example.org>link</a></p>';
  const report = new Promise<TrustedTypesReport>((resolve) => {
    addEventListener('message', function listen(event: MessageEvent) {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', listen);
      resolve(event.data as TrustedTypesReport);
    });
  });
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}">
    <faq-list><script type="application/json">${JSON.stringify({ items: [{ question: 'Q?', answer }] })}</script></faq-list>
    <script type="module">
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      try {
        await import('/src/elements/faq-list/faq-list.ts');
        const el = document.querySelector('faq-list');
        await el.updateComplete;
        const ld = document.head.querySelector('script[type="application/ld+json"]').textContent;
        const answerHtml = el.shadowRoot.querySelector('.body').innerHTML;
        // Violation events are queued as tasks: let them arrive first.
        setTimeout(() => parent.postMessage({ ld, answerHtml, violations }, '*'));
      } catch (error) {
        parent.postMessage({ error: String(error), violations }, '*');
      }
    </script>`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('faq-list', () => {
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('sources', () => {
    it('shows the eleven questions of the addiction article, and the four of the addictive one', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addiction"></faq-list>`);
      expect(shownQuestions(el)).to.have.length(11);
      expect(shownQuestions(el)[0]).to.equal('Is ketamine approved for addiction in Canada?');
      expect(shownQuestions(el)).not.to.include('Where can I get ketamine therapy in Canada?');
      expect(el.content.source).to.equal('pack');

      el.pack = 'ketamine-addictive';
      await el.updateComplete;
      expect(shownQuestions(el)).to.deep.equal([
        'If ketamine can be abused, how is it safe as a treatment?',
        'Will I crave ketamine between sessions?',
        'Can I do ketamine therapy if I’m in recovery from addiction?',
        'Does ketamine cause physical dependence like opioids or benzos?',
      ]);
    });

    it('keeps the seed’s figures and names in the pack’s answers', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addiction"></faq-list>`);
      const answer = (id: string) => answerPanel(el, id).querySelector('.body')!.textContent!;
      expect(answer('how-long-abstinent')).to.contain('30–90 days of documented abstinence');
      expect(answer('how-long-abstinent')).to.contain('negative urine drug screening');
      expect(answer('approved-for-addiction')).to.match(
        /Spravato .*only for treatment-resistant depression/,
      );
      expect(answer('strongest-evidence'))
        .to.contain('Dakwar 2020')
        .and.contain('Grabski et al. 2022, the KARE trial');
      expect(answer('strongest-evidence')).to.contain('Dakwar 2014, 2017, 2019');
      expect(answer('psilocybin-for-alcohol-use-disorder')).to.contain(
        'Bogenschutz et al. 2022 (JAMA Psychiatry)',
      );
      expect(answer('is-ketamine-addictive'))
        .to.contain('hard exclusion')
        .and.contain('take-home ketamine is generally not used');
      expect(answer('path-in-recovery')).to.contain('30–90+ days of documented abstinence');
    });

    it('limits the number of questions', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addiction" limit="3"></faq-list>`,
      );
      expect(shownQuestions(el)).to.have.length(3);
    });

    it('reads a JSON child, with ids given or made from the question', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list>
          <script type="application/json">
            {
              "items": [
                { "id": "parking", "question": "Where do I park?", "answer": "Behind the clinic." },
                {
                  "question": "Can I bring a friend?",
                  "answer": "<p>Yes, to the waiting room.</p>"
                }
              ]
            }
          </script>
        </faq-list>`,
      );
      expect(el.content.source).to.equal('json');
      expect(shownQuestions(el)).to.deep.equal(['Where do I park?', 'Can I bring a friend?']);
      expect(questionButton(el, 'parking')).to.exist;
      expect(questionButton(el, 'can-i-bring-a-friend')).to.exist;
      expect(slugify('What’s the strongest évidence?')).to.equal('whats-the-strongest-evidence');
    });

    it('loads JSON from src', async () => {
      const url = jsonUrl({ items: [{ question: 'From the clinic’s file?', answer: 'Yes.' }] });
      const el = await fixture<FaqList>(
        html`<faq-list src=${url} pack="ketamine-addiction"></faq-list>`,
      );
      await loaded(el);
      expect(shownQuestions(el)).to.deep.equal(['From the clinic’s file?']);
    });

    it('keeps the author’s pasted markup in the page, enhanced where it stands', async () => {
      const pageStyle = document.createElement('style');
      pageStyle.textContent = '.clinic-faq p { color: rgb(120, 20, 60); }';
      document.head.append(pageStyle);
      try {
        const host = await fixture<HTMLDivElement>(html`<div class="clinic-faq"></div>`);
        const el = document.createElement('faq-list');
        el.append(pastedDetails('fees', 'What does it cost?', 'See our fees page.'));
        el.append(pastedDetails('', 'Do I need a referral?', 'No referral is needed.'));
        const fees = el.querySelector('details')!;
        const feesParagraph = el.querySelector('p')!;
        host.append(el);
        await settled(el);
        expect(el.content.source).to.equal('markup');
        expect(shownQuestions(el)).to.deep.equal(['What does it cost?', 'Do I need a referral?']);
        expect(questionButton(el, 'do-i-need-a-referral')).to.exist;

        // Still the page's own nodes, where the author put them: its scripts and styles reach them.
        expect(document.getElementById('fees')).to.equal(fees);
        expect(fees.parentElement).to.equal(el);
        expect(feesParagraph.parentElement).to.equal(fees);
        expect(document.querySelectorAll('.clinic-faq faq-list > details')).to.have.length(2);
        expect(getComputedStyle(feesParagraph).color).to.equal('rgb(120, 20, 60)');
        // Shown as the answer of its question, which opens and closes it.
        expect(answerPanel(el, 'fees').contains(fees.assignedSlot)).to.equal(true);
        expect(feesParagraph.checkVisibility()).to.equal(false);
        expect(fees.querySelector('summary')!.checkVisibility()).to.equal(false);
        questionButton(el, 'fees').click();
        await el.updateComplete;
        expect(feesParagraph.checkVisibility()).to.equal(true);
        expect(feesParagraph.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).to.be.accessible();

        // Taken out of the list, the markup is as the author wrote it.
        el.remove();
        expect(fees.open).to.equal(false);
        expect(fees.hasAttribute('slot')).to.equal(false);
        expect(fees.querySelector('summary')!.hidden).to.equal(false);
      } finally {
        pageStyle.remove();
      }
    });

    it('follows the author’s markup as the page changes it', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list searchable>
          <details id="fees">
            <summary>What does it cost?</summary>
            <p>See our fees page.</p>
          </details>
        </faq-list>`,
      );
      await settled(el);
      // A page script adds a sentence and a question; search and JSON-LD follow.
      const extra = document.createElement('p');
      extra.textContent = 'Receipts are given for insurance.';
      el.querySelector('#fees')!.append(extra);
      el.append(pastedDetails('parking', 'Where do I park?', 'Behind the clinic.'));
      await settled(el);
      expect(shownQuestions(el)).to.deep.equal(['What does it cost?', 'Where do I park?']);
      await typeSearch(el, 'receipts');
      expect(shownQuestions(el)).to.deep.equal(['What does it cost?']);
      expect(ld().mainEntity[0]!.acceptedAnswer.text).to.equal(
        'See our fees page.\nReceipts are given for insurance.',
      );
      expect(extra.parentElement!.id).to.equal('fees');
    });

    it('prefers a JSON child, then src, then pasted markup, then the pack', async () => {
      const url = jsonUrl({ items: [{ question: 'From src?', answer: 'Yes.' }] });
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addiction" src=${url}>
          <script type="application/json">
            { "items": [{ "question": "From JSON?", "answer": "Yes." }] }
          </script>
          <details>
            <summary>From markup?</summary>
            <p>Yes.</p>
          </details>
        </faq-list>`,
      );
      expect(shownQuestions(el)).to.deep.equal(['From JSON?']);

      el.querySelector('script')!.remove();
      await settled(el);
      await loaded(el);
      expect(shownQuestions(el)).to.deep.equal(['From src?']);

      el.removeAttribute('src');
      await el.updateComplete;
      expect(shownQuestions(el)).to.deep.equal(['From markup?']);

      el.querySelector('details')!.remove();
      await settled(el);
      expect(shownQuestions(el)).to.have.length(11);
    });

    it('shows a neutral notice and reports bad JSON by path', async () => {
      const { errors, restore } = quietErrors();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const heard = oneEvent(wrapper, 'content-error');
        const el = document.createElement('faq-list');
        el.innerHTML = '<script type="application/json">{"items": [{"question": "Q?"}]}</script>';
        wrapper.append(el);
        const event = (await heard) as CustomEvent<ContentErrorDetail>;
        expect(event.detail.issues).to.deep.equal([
          { path: 'items[0].answer', message: 'expected string' },
        ]);
        await el.updateComplete;
        expect(shadow(el).querySelector('.content-notice')!.textContent).to.equal(
          'Some of this content could not be shown.',
        );
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
      expect(errors.join('\n')).to.contain('items[0].answer: expected string');
    });

    it('reports an unknown pack', async () => {
      const { errors, restore } = quietErrors();
      try {
        const el = await fixture<FaqList>(html`<faq-list pack="nope"></faq-list>`);
        expect(shownQuestions(el)).to.have.length(0);
      } finally {
        restore();
      }
      expect(errors[0]).to.contain('pack "nope" is not known');
    });
  });

  it('reads as plain, working details before the script upgrades it', async () => {
    // A tag that is never defined stands for <faq-list> before (or without) its script.
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <faq-list-not-yet>
          <details>
            <summary>Do I need a referral?</summary>
            <p>No referral is needed.</p>
          </details>
        </faq-list-not-yet>
      </div>`,
    );
    const details = host.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(host.innerText).to.contain('Do I need a referral?');
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(host.innerText).to.contain('No referral is needed.');
  });

  describe('opening and closing', () => {
    it('is operated with the keyboard, as the APG accordion', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addictive"></faq-list>`);
      questionButton(el, 'how-can-it-be-safe').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(el, 'how-can-it-be-safe')).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(el, 'how-can-it-be-safe')).to.equal(false);

      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'cravings-between-sessions'));
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'physical-dependence'));
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'how-can-it-be-safe'));
      await sendKeys({ press: 'ArrowUp' });
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'physical-dependence'));
      await sendKeys({ press: 'Home' });
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'how-can-it-be-safe'));

      // Tab leaves the question for the next control in the page order.
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'cravings-between-sessions'));
    });

    it('tells the page which question opened or closed', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addictive"></faq-list>`);
      setTimeout(() => questionButton(el, 'physical-dependence').click());
      const event = (await oneEvent(el, 'faq-toggle')) as CustomEvent<FaqToggleDetail>;
      expect(event.detail).to.deep.equal({ id: 'physical-dependence', open: true });
      expect(event.composed).to.equal(true);
    });

    it('keeps one answer open with single', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addictive" single></faq-list>`,
      );
      const events: FaqToggleDetail[] = [];
      el.addEventListener('faq-toggle', (e) => events.push(e.detail));
      questionButton(el, 'how-can-it-be-safe').click();
      await el.updateComplete;
      questionButton(el, 'physical-dependence').click();
      await el.updateComplete;
      expect(isOpen(el, 'how-can-it-be-safe')).to.equal(false);
      expect(isOpen(el, 'physical-dependence')).to.equal(true);
      expect(events).to.deep.equal([
        { id: 'how-can-it-be-safe', open: true },
        { id: 'how-can-it-be-safe', open: false },
        { id: 'physical-dependence', open: true },
      ]);
      expect(shadow(el).querySelector('.all')!.textContent!.trim()).to.equal('Hide all answers');
      await expect(el).to.be.accessible();
    });

    it('shows and hides every answer', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addiction"></faq-list>`);
      const [showAll, hideAll] = shadow(el).querySelectorAll<HTMLButtonElement>('.all button');
      expect(showAll!.textContent).to.equal('Show all answers');
      showAll!.click();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.q[aria-expanded="true"]')).to.have.length(11);
      expect(shadow(el).querySelectorAll('.answer[hidden]')).to.have.length(0);
      await expect(el).to.be.accessible();
      hideAll!.click();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.q[aria-expanded="true"]')).to.have.length(0);
      expect(shadow(el).querySelectorAll('.answer[hidden="until-found"]')).to.have.length(11);
    });

    it('opens an answer that find-in-page reveals', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addictive"></faq-list>`);
      answerPanel(el, 'physical-dependence').dispatchEvent(
        new Event('beforematch', { bubbles: true }),
      );
      await el.updateComplete;
      expect(isOpen(el, 'physical-dependence')).to.equal(true);
    });

    it('opens an answer the author marked open', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list>
          <details open>
            <summary>Open at first?</summary>
            <p>Yes.</p>
          </details>
        </faq-list>`,
      );
      await settled(el);
      expect(isOpen(el, 'open-at-first')).to.equal(true);
    });
  });

  describe('focus and the accessibility tree', () => {
    /** Every control a reader can tab to, with one answer open so its copy link shows too. */
    async function controlsOf(el: FaqList): Promise<HTMLElement[]> {
      questionButton(el, 'matthew-perry').click();
      await el.updateComplete;
      return [...shadow(el).querySelectorAll<HTMLElement>('input, button')].filter((control) =>
        control.checkVisibility(),
      );
    }

    async function expectVisibleRings(el: FaqList): Promise<void> {
      const controls = await controlsOf(el);
      expect(controls.filter((c) => c.classList.contains('q'))).to.have.length(11);
      expect(controls.filter((c) => c.classList.contains('copy'))).to.have.length(1);
      for (const control of controls) {
        const ring = await measureFocusRing(control);
        const name = control.textContent!.trim() || control.localName;
        expect(ring.area, `ring of "${name}"`).to.be.at.least(ring.required);
      }
    }

    const list = () => html`<faq-list pack="ketamine-addiction" searchable></faq-list>`;

    it('shows a focus ring of 3:1 contrast around every control, on a light page', async () => {
      await expectVisibleRings(await fixture<FaqList>(list()));
    });

    it('shows a focus ring of 3:1 contrast around every control, on a dark page', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>${list()}</div>`);
      page.style.background = DARK_PAGE;
      for (const [name, value] of Object.entries(DARK_TOKENS)) page.style.setProperty(name, value);
      const el = page.querySelector('faq-list')!;
      await el.updateComplete;
      await expectVisibleRings(el);
    });

    it('shows a focus ring of 3:1 contrast around every control, in forced colours', async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        await expectVisibleRings(await fixture<FaqList>(list()));
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    interface AxNode {
      role: string;
      name: string;
      level?: number;
    }

    for (const locale of ['en', 'fr'] as const) {
      it(`exposes every question as a heading and a button before any scrolling (${locale})`, async () => {
        scrollTo(0, 0);
        const host = await fixture<HTMLDivElement>(
          html`<div data-ax-root>
            <div style="height: 4000px"></div>
            <faq-list pack="ketamine-addiction" locale=${locale} heading-level="3"></faq-list>
          </div>`,
        );
        const el = host.querySelector('faq-list')!;
        await el.updateComplete;
        expect(scrollY).to.equal(0);
        const questions = shownQuestions(el);
        expect(questions).to.have.length(11);
        // The tree as Chromium gives it to a screen reader, limited to this fixture.
        const tree = await executeServerCommand<AxNode[], undefined>('accessibility-tree');
        const named = (role: string) =>
          tree.filter((node) => node.role === role).map((node) => node.name.trim());
        expect(named('button')).to.include.members(questions);
        expect(named('heading')).to.include.members(questions);
        const levels = tree
          .filter((node) => node.role === 'heading' && questions.includes(node.name.trim()))
          .map((node) => node.level);
        expect(levels).to.deep.equal(questions.map(() => 3));
      });
    }
  });

  describe('search', () => {
    it('filters questions and answers as the reader types, and highlights the matches', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addiction" searchable></faq-list>`,
      );
      const input = shadow(el).querySelector('input')!;
      expect(shadow(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(
        'Search the questions',
      );
      await typeSearch(el, 'detox');
      expect(shownQuestions(el)).to.include('Can ketamine help me detox?');
      const status = shadow(el).querySelector('.count')!;
      expect(status.textContent).to.equal(`${shownQuestions(el).length} of 11 questions shown`);
      expect(highlighted(questionButton(el, 'ketamine-for-detox'))).to.deep.equal(['detox']);
      await expect(el).to.be.accessible();

      // Words are matched in any order, without regard to case or accents.
      await typeSearch(el, 'PSILOCYBIN jama');
      expect(shownQuestions(el)).to.deep.equal([
        'Has psilocybin been studied for alcohol use disorder?',
      ]);
      expect(status.textContent).to.equal('1 of 11 questions shown');

      // An open answer shows its matches too.
      questionButton(el, 'psilocybin-for-alcohol-use-disorder').click();
      await el.updateComplete;
      expect(
        highlighted(answerPanel(el, 'psilocybin-for-alcohol-use-disorder')),
      ).to.include.members(['JAMA', 'psilocybin']);
      await typeSearch(el, '');
      expect(highlighted(answerPanel(el, 'psilocybin-for-alcohol-use-disorder'))).to.deep.equal([]);
    });

    it('marks the words in the author’s own answers without touching their nodes', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list searchable>
          <details id="fees" open>
            <summary>What does it cost?</summary>
            <p>See our fees page for the deposit.</p>
          </details>
        </faq-list>`,
      );
      await settled(el);
      const paragraph = el.querySelector('#fees p')!;
      const text = paragraph.firstChild;
      const before = await capture(paragraph);
      await typeSearch(el, 'deposit');
      expect(highlighted(el.querySelector('#fees')!)).to.deep.equal(['deposit']);
      expect(paragraph.childNodes).to.have.length(1);
      expect(paragraph.firstChild).to.equal(text);
      // The highlight is painted in the list's colour (#ffe27a) on the author's own text.
      const after = await capture(paragraph);
      const yellow = (pixels: Uint8ClampedArray) => {
        let n = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i] === 0xff && pixels[i + 1] === 0xe2 && pixels[i + 2] === 0x7a) n += 1;
        }
        return n;
      };
      expect(yellow(before)).to.equal(0);
      expect(yellow(after)).to.be.greaterThan(100);
    });

    it('announces the count once typing pauses, not on every keystroke', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addiction" searchable></faq-list>`,
      );
      const live = shadow(el).querySelector('p.visually-hidden[role="status"]')!;
      const heard: string[] = [];
      let announced!: () => void;
      const once = new Promise<void>((resolve) => (announced = resolve));
      const observer = new MutationObserver(() => {
        heard.push(live.textContent!);
        announced();
      });
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      try {
        // Five quick keystrokes: the visible count follows each, the live region none.
        const input = shadow(el).querySelector('input')!;
        for (const value of ['d', 'de', 'det', 'deto', 'detox']) {
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
        }
        const count = `${shownQuestions(el).length} of 11 questions shown`;
        expect(shadow(el).querySelector('.count')!.textContent).to.equal(count);
        expect(shadow(el).querySelector('.count')!.getAttribute('role')).to.equal(null);
        expect(heard).to.deep.equal([]);
        await once;
        expect(heard).to.deep.equal([count]);
      } finally {
        observer.disconnect();
      }
    });

    it('hides and shows the rows of a long list without re-rendering them', async () => {
      const items = Array.from({ length: 600 }, (_, i) => ({
        question: `Question ${i + 1}?`,
        answer: i % 3 ? 'About parking.' : 'About fees.',
      }));
      const el = await fixture<FaqList>(
        html`<faq-list searchable>
          <script type="application/json">
            ${JSON.stringify({ items })}
          </script>
        </faq-list>`,
      );
      const list = shadow(el).querySelector('.list')!;
      const rows = [...list.children];
      const rebuilt: MutationRecord[] = [];
      const observer = new MutationObserver((records) => rebuilt.push(...records));
      observer.observe(list, { childList: true, subtree: true, characterData: true });
      const settledRows = async (count: number) => {
        // Rows below the first screenful follow in the next tasks: wait for them, frame by frame.
        for (let frame = 0; frame < 600 && shownQuestions(el).length !== count; frame++) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        expect(shownQuestions(el)).to.have.length(count);
      };
      try {
        await typeSearch(el, 'fees');
        // The first screenful is right at once.
        expect(shownQuestions(el).slice(0, 3)).to.deep.equal([
          'Question 1?',
          'Question 4?',
          'Question 7?',
        ]);
        expect(shadow(el).querySelector('.count')!.textContent).to.equal(
          '200 of 600 questions shown',
        );
        await settledRows(200);
        await typeSearch(el, '');
        await settledRows(600);
        expect([...list.children]).to.deep.equal(rows);
        expect(rebuilt).to.deep.equal([]);
      } finally {
        observer.disconnect();
      }
    });

    it('says so when nothing matches', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addiction" searchable></faq-list>`,
      );
      await typeSearch(el, 'zebra');
      expect(shownQuestions(el)).to.have.length(0);
      expect(shadow(el).querySelector('.count')!.textContent).to.equal(
        'No question matches “zebra”. Try another word.',
      );
      await expect(el).to.be.accessible();
      await typeSearch(el, '');
      expect(shownQuestions(el)).to.have.length(11);
      expect(shadow(el).querySelector('.count')!.textContent).to.equal('');
    });

    it('searches the author’s markup too', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list searchable>
          <details>
            <summary>Do I need a referral?</summary>
            <p>Bring your medication list.</p>
          </details>
          <details>
            <summary>Parking?</summary>
            <p>Behind the clinic.</p>
          </details>
        </faq-list>`,
      );
      await settled(el);
      await typeSearch(el, 'medication');
      expect(shownQuestions(el)).to.deep.equal(['Do I need a referral?']);
    });
  });

  describe('ids', () => {
    it('keeps its own ids apart from the author’s, in the page and in its content', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list searchable>
          <details id="search">
            <summary>Can I search the clinic’s site?</summary>
            <p id="search-help">Use the box at the top of every page.</p>
          </details>
          <details id="toolbar">
            <summary>Is there parking?</summary>
            <p>Yes.</p>
          </details>
        </faq-list>`,
      );
      await settled(el);
      const input = shadow(el).querySelector('input')!;
      const label = shadow(el).querySelector('label')!;
      // The label names the search box, not the author's question with id="search".
      expect(shadow(el).getElementById(label.htmlFor)).to.equal(input);
      expect(input.labels![0]).to.equal(label);
      expect(document.getElementById('search')!.localName).to.equal('details');
      expect(document.getElementById('search-help')!.parentElement!.id).to.equal('search');
      // The question keeps the author's id for links.
      expect(questionButton(el, 'search')).to.exist;
      expect(questionButton(el, 'search').getAttribute('aria-controls')).to.equal('search:a');
      // No id of the list's own can be a question's id: they all hold a ':'.
      const own = [...shadow(el).querySelectorAll('[id]')].map((node) => node.id);
      expect(own.filter((id) => !id.includes(':'))).to.deep.equal(['search', 'toolbar']);
      expect(new Set(own).size).to.equal(own.length);
      await expect(el).to.be.accessible();
    });

    it('keeps a JSON question with id "search" apart from the search box', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list searchable>
          <script type="application/json">
            { "items": [{ "id": "search", "question": "Search?", "answer": "Yes." }] }
          </script>
        </faq-list>`,
      );
      const input = shadow(el).querySelector('input')!;
      expect(shadow(el).getElementById(shadow(el).querySelector('label')!.htmlFor)).to.equal(input);
      expect(shadow(el).getElementById('search')!.classList.contains('item')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('deep links', () => {
    it('opens the author’s question named in the URL', async () => {
      history.replaceState(null, '', '#parking');
      const el = await fixture<FaqList>(
        html`<faq-list>
          <details id="fees">
            <summary>What does it cost?</summary>
            <p>See our fees page.</p>
          </details>
          <details id="parking">
            <summary>Where do I park?</summary>
            <p>Behind the clinic.</p>
          </details>
        </faq-list>`,
      );
      await settled(el);
      expect(isOpen(el, 'parking')).to.equal(true);
      expect(el.querySelector('#parking p')!.checkVisibility()).to.equal(true);
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'parking'));
    });

    it('opens and scrolls to the question named in the URL on load', async () => {
      history.replaceState(null, '', '#matthew-perry');
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <div style="height: 3000px"></div>
          <faq-list pack="ketamine-addiction"></faq-list>
        </div>`,
      );
      const el = host.querySelector('faq-list')!;
      await el.updateComplete;
      expect(isOpen(el, 'matthew-perry')).to.equal(true);
      expect(shadow(el).activeElement).to.equal(questionButton(el, 'matthew-perry'));
      const top = shadow(el).getElementById('matthew-perry')!.getBoundingClientRect().top;
      expect(top).to.be.within(-1, window.innerHeight);
    });

    it('opens the question when the hash changes', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addiction" searchable></faq-list>`,
      );
      await typeSearch(el, 'detox');
      const toggled = oneEvent(el, 'faq-toggle');
      location.hash = '#without-my-addiction-physician';
      expect(((await toggled) as CustomEvent<FaqToggleDetail>).detail).to.deep.equal({
        id: 'without-my-addiction-physician',
        open: true,
      });
      await el.updateComplete;
      // The search that hid it is cleared.
      expect(shadow(el).querySelector('input')!.value).to.equal('');
      expect(isOpen(el, 'without-my-addiction-physician')).to.equal(true);
    });

    it('copies a question’s link and says so', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addictive"></faq-list>`);
      let copied = '';
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        questionButton(el, 'physical-dependence').click();
        await el.updateComplete;
        const copy = answerPanel(el, 'physical-dependence').querySelector<HTMLButtonElement>(
          '.copy',
        )!;
        expect(copy.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'Copy link: Does ketamine cause physical dependence like opioids or benzos?',
        );
        copy.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(copied).to.equal(
          `${location.origin}${location.pathname}${location.search}#physical-dependence`,
        );
        expect(shadow(el).querySelector('p.visually-hidden[role="status"]')!.textContent).to.equal(
          'Link copied',
        );
        expect(copy.textContent).to.contain('Link copied');
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
    it('puts the link in the address bar where copying is refused', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addictive"></faq-list>`);
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      const execCommand = document.execCommand;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      document.execCommand = () => false;
      try {
        questionButton(el, 'how-can-it-be-safe').click();
        await el.updateComplete;
        const copy = answerPanel(el, 'how-can-it-be-safe').querySelector<HTMLButtonElement>(
          '.copy',
        )!;
        copy.focus();
        copy.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(location.hash).to.equal('#how-can-it-be-safe');
        expect(shadow(el).querySelector('p.visually-hidden[role="status"]')!.textContent).to.equal(
          'Copying is not possible here. The link to this question is now in the address bar.',
        );
        expect(shadow(el).activeElement).to.equal(copy);
      } finally {
        document.execCommand = execCommand;
        delete (navigator as { clipboard?: unknown }).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
  });

  describe('JSON-LD', () => {
    it('writes one FAQPage with one entry per question, in plain text', async () => {
      const el = await fixture<FaqList>(html`<faq-list pack="ketamine-addiction"></faq-list>`);
      expect(ldBlocks()).to.have.length(1);
      const data = ld();
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity).to.have.length(11);
      expect(data.mainEntity[1]).to.deep.include({
        '@type': 'Question',
        name: 'Why is active substance use disorder a contraindication?',
      });
      expect(data.mainEntity[1]!.acceptedAnswer['@type']).to.equal('Answer');
      expect(data.mainEntity[1]!.acceptedAnswer.text).to.match(
        /^For four reasons:\nSafety: active use/,
      );
      expect(data.mainEntity[1]!.acceptedAnswer.text).not.to.contain('<');
      el.remove();
      expect(ldBlocks()).to.have.length(0);
    });

    it('keeps one block for two lists, follows changes and leaves out no-jsonld lists', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <faq-list pack="ketamine-addiction"></faq-list>
          <faq-list pack="ketamine-addictive"></faq-list>
          <faq-list no-jsonld>
            <script type="application/json">
              { "items": [{ "question": "Left out?", "answer": "Yes." }] }
            </script>
          </faq-list>
        </div>`,
      );
      const [first, second, third] = [...host.querySelectorAll('faq-list')];
      await Promise.all([first!.updateComplete, second!.updateComplete, third!.updateComplete]);
      expect(ldBlocks()).to.have.length(1);
      expect(ld().mainEntity.map((q) => q.name)).to.have.length(15);
      expect(ld().mainEntity.map((q) => q.name)).not.to.include('Left out?');

      second!.limit = 1;
      await second!.updateComplete;
      expect(ld().mainEntity).to.have.length(12);
      expect(ld().mainEntity[11]!.name).to.equal(
        'If ketamine can be abused, how is it safe as a treatment?',
      );

      third!.noJsonld = false;
      await third!.updateComplete;
      expect(ld().mainEntity.map((q) => q.name)).to.include('Left out?');
      third!.querySelector('script')!.textContent =
        '{"items": [{"question": "Edited?", "answer": "<p>Yes, <em>live</em>.</p>"}]}';
      await settled(third!);
      expect(ld().mainEntity[12]).to.deep.equal({
        '@type': 'Question',
        name: 'Edited?',
        acceptedAnswer: { '@type': 'Answer', text: 'Yes, live.' },
      });
      expect(ldBlocks()).to.have.length(1);

      first!.noJsonld = true;
      await first!.updateComplete;
      expect(ld().mainEntity).to.have.length(2);
    });
  });

  describe('answers written in JSON', () => {
    const dangerous = [
      '<p>Safe <strong>text</strong> and <a href="https://example.org/a?b=1&amp;c=2" onclick="window.__faqRan = 1">a link</a>.</p>',
      '<img src="x" onerror="window.__faqRan = 1">',
      '<a href="javascript:window.__faqRan = 1">not a link</a>',
      '<a href=" JaVa&#x09;Script:window.__faqRan = 1">nor this</a>',
      '<p onclick="window.__faqRan = 1" style="color: red">Paragraph</p>',
      '<script>window.__faqRan = 1</script>',
      '<ul><li>one<li>two</ul><ol><li><em>three</em></li></ol>line<br>break',
      '<a href="mailto:care@example.org">mail</a> <a href="/book">book</a> <a href="data:text/html,x">data</a>',
    ].join('');

    it('keeps the allowed markup as new elements and shows everything else as text', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list>
          <script type="application/json">
            ${JSON.stringify({ items: [{ id: 'x', question: 'Q?', answer: dangerous }] })}
          </script>
        </faq-list>`,
      );
      questionButton(el, 'x').click();
      await el.updateComplete;
      const body = answerPanel(el, 'x').querySelector('.body')!;
      expect(body.querySelector('img, script, [onclick], [onerror], [style]')).to.equal(null);
      for (const element of body.querySelectorAll('*')) {
        expect([...element.attributes].map((a) => a.name)).to.satisfy((names: string[]) =>
          names.every((n) => n === 'href'),
        );
      }
      const links = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([
        'https://example.org/a?b=1&c=2',
        'mailto:care@example.org',
        '/book',
      ]);
      expect(body.textContent).to.contain('<img src="x" onerror="window.__faqRan = 1">');
      expect(body.textContent).to.contain('not a link').and.contain('nor this');
      expect(body.textContent).to.contain('<script>window.__faqRan = 1</script>');
      expect([...body.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal([
        'one',
        'two',
      ]);
      expect(body.querySelector('ol > li > em')!.textContent).to.equal('three');
      expect(body.querySelector('br')).to.exist;
      body.querySelectorAll('p').forEach((node) => node.click());
      await new Promise((resolve) => setTimeout(resolve));
      expect((window as { __faqRan?: number }).__faqRan).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('decides links by scheme, as a browser would read them', () => {
      expect(safeHref('https://example.org')).to.equal('https://example.org');
      expect(safeHref('tel:988')).to.equal('tel:988');
      expect(safeHref('#fees')).to.equal('#fees');
      expect(safeHref('java\nscript:alert(1)')).to.equal(undefined);
      expect(safeHref('&#106;avascript:alert(1)')).to.equal(undefined);
      expect(safeHref('vbscript:x')).to.equal(undefined);
      const fragment = document.createDocumentFragment();
      renderRichText(parseRichText('a &lt;b&gt; &amp; c</p>'), fragment);
      expect(fragment.textContent).to.equal('a <b> & c');
    });
  });

  it('works on a page that requires Trusted Types', async () => {
    const strict = await underTrustedTypes("require-trusted-types-for 'script'");
    expect(strict.error).to.equal(undefined);
    expect(strict.violations).to.deep.equal([]);
    expect(JSON.parse(strict.ld!)['@type']).to.equal('FAQPage');
    expect(strict.answerHtml).to.equal(
      '<p>A &lt;img src=x onerror=parent.__faqRan=1&gt; <a href="https://example.org">link</a></p>',
    );
    // A page that does not allow the library's policy name still gets its JSON-LD.
    const named = await underTrustedTypes(
      "require-trusted-types-for 'script'; trusted-types lit-html",
    );
    expect(named.error).to.equal(undefined);
    expect(JSON.parse(named.ld!).mainEntity[0].name).to.equal('Q?');
    expect((window as { __faqRan?: number }).__faqRan).to.equal(undefined);
  });

  describe('headings', () => {
    it('puts each question in a heading of the chosen level, around its button', async () => {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addictive" heading-level="2"></faq-list>`,
      );
      expect(shadow(el).querySelectorAll('h2 > button.q')).to.have.length(4);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('h5 > button.q')).to.have.length(4);
    });

    it('follows the page for a level it cannot use (2 with no heading before it)', async () => {
      const { errors, restore } = quietErrors();
      try {
        const el = await fixture<FaqList>(
          html`<faq-list pack="ketamine-addictive" heading-level="9"></faq-list>`,
        );
        expect(shadow(el).querySelectorAll('h2 > button.q')).to.have.length(4);
      } finally {
        restore();
      }
      expect(errors[0]).to.contain('heading-level "9" must be a whole number from 1 to 6');
    });
  });

  it('speaks French', async () => {
    const el = await fixture<FaqList>(
      html`<faq-list pack="ketamine-addiction" searchable locale="fr"></faq-list>`,
    );
    expect(shownQuestions(el)[0]).to.equal(
      'La kétamine est-elle autorisée pour traiter les dépendances au Canada?',
    );
    expect(shadow(el).querySelector('label')!.textContent).to.equal(
      'Rechercher dans les questions',
    );
    expect(shadow(el).querySelector('.all button')!.textContent).to.equal(
      'Afficher toutes les réponses',
    );
    await typeSearch(el, 'desintoxiquer');
    expect(shownQuestions(el)).to.deep.equal(['La kétamine peut-elle m’aider à me désintoxiquer?']);
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('1 question sur 11 affichée');
    await expect(el).to.be.accessible();
    // The same ids in both languages, so a link works in either.
    expect(questionButton(el, 'ketamine-for-detox')).to.exist;
  });

  it('turns a rendered built-in FAQ French when a wrapper’s lang changes, and back', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><faq-list pack="ketamine-addiction" searchable></faq-list></div>`,
    );
    const el = wrapper.querySelector<FaqList>('faq-list')!;
    await el.updateComplete;
    expect(shownQuestions(el)[0]).to.equal('Is ketamine approved for addiction in Canada?');
    wrapper.setAttribute('lang', 'fr-CA');
    await waitUntil(
      () =>
        shownQuestions(el)[0] ===
        'La kétamine est-elle autorisée pour traiter les dépendances au Canada?',
      'the questions turn French',
    );
    expect(shadow(el).querySelector('label')!.textContent).to.equal(
      'Rechercher dans les questions',
    );
    expect(questionButton(el, 'ketamine-for-detox')).to.exist;
    wrapper.setAttribute('lang', 'en');
    await waitUntil(
      () => shownQuestions(el)[0] === 'Is ketamine approved for addiction in Canada?',
      'and back to English',
    );
  });

  it('never shows French buttons over English questions while the French pack arrives', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><faq-list pack="ketamine-addictive"></faq-list></div>`,
    );
    const el = wrapper.querySelector<FaqList>('faq-list')!;
    await el.updateComplete;
    const frames: string[] = [];
    const frame = () => {
      const button = shadow(el).querySelector('.all button')?.textContent?.trim();
      frames.push(`${button} | ${shownQuestions(el)[0]}`);
    };
    const observer = new MutationObserver(frame);
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
    try {
      wrapper.setAttribute('lang', 'fr');
      await waitUntil(() => shownQuestions(el)[0]?.startsWith('Si la kétamine'), 'French');
      frame();
    } finally {
      observer.disconnect();
    }
    const mixed = frames.filter(
      (f) => f.startsWith('Afficher') !== f.includes('Si la kétamine peut faire'),
    );
    expect(mixed, frames.join('\n')).to.deep.equal([]);
  });

  it('prints every answer of the author’s markup open', async () => {
    const el = await fixture<FaqList>(
      html`<faq-list>
        <details id="fees">
          <summary>What does it cost?</summary>
          <p>See our fees page.</p>
        </details>
      </faq-list>`,
    );
    await settled(el);
    const paragraph = el.querySelector('#fees p')!;
    expect(paragraph.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(paragraph.checkVisibility()).to.equal(true);
      expect(paragraph.getBoundingClientRect().height).to.be.greaterThan(10);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints every answer open', async () => {
    const el = await fixture<FaqList>(
      html`<faq-list pack="ketamine-addictive" searchable></faq-list>`,
    );
    await emulateMedia({ media: 'print' });
    try {
      const panel = answerPanel(el, 'physical-dependence');
      expect(panel.hasAttribute('hidden')).to.equal(true);
      expect(getComputedStyle(panel).display).to.equal('block');
      expect(getComputedStyle(panel).contentVisibility).to.equal('visible');
      expect(panel.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(getComputedStyle(shadow(el).querySelector('.tools')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<FaqList>(
        html`<faq-list pack="ketamine-addiction" searchable></faq-list>`,
      );
      el.expandAll();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible closed, open and in French', async () => {
    const el = await fixture<FaqList>(
      html`<faq-list pack="ketamine-addiction" searchable></faq-list>`,
    );
    await expect(el).to.be.accessible();
    questionButton(el, 'strongest-evidence').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
