import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { en, fr } from './helpers/strings.js';
import { ketamineAddictionSources } from '../src/content/packs/sources-ketamine-addiction/neutral.js';
import { referenceText } from '../src/elements/source-list/reference.js';
import type { EligibilityCheck } from '../src/elements/eligibility-check/eligibility-check.js';
import { WIDGET_TAGS, settle } from './host-pages/host.js';

/** One node of Chromium's accessibility tree, as the `accessibility-tree` command gives it. */
interface AXNode {
  role: string;
  name: string;
  description?: string;
  level?: number;
  invalid?: string;
  /** The `lang` that applies to the node's DOM node (crossing shadow roots). */
  lang?: string;
  /** The nearest custom element whose shadow tree holds the node. */
  widget?: string;
  tag?: string;
}

/** The tree inside `[data-ax-root]`, in document order, read through CDP. */
const tree = () => executeServerCommand<AXNode[], undefined>('accessibility-tree');

const CONTROLS = ['button', 'link', 'radio', 'searchbox', 'textbox', 'checkbox', 'combobox'];
const STRINGS = { en, fr };

/** A partner's article page (English) holding every element in `locale`. */
async function articlePage(locale: 'en' | 'fr'): Promise<HTMLElement> {
  document.documentElement.lang = 'en';
  const root = await fixture<HTMLElement>(
    html`<div data-ax-root>
      <h1>Ketamine therapy for addiction</h1>
      <clinic-context locale=${locale} region="CA" intake-url="/intake">
        <quick-exit></quick-exit>
        <crisis-banner sticky collapsible></crisis-banner>
        <medical-disclaimer kind="all" reviewed-on="2026-05-31"></medical-disclaimer>
        <evidence-card substance="alcohol" compare heading-level="2"></evidence-card>
        <eligibility-check></eligibility-check>
        <faq-list pack="ketamine-addictive" searchable heading-level="2"></faq-list>
        <cost-estimate heading-level="2"></cost-estimate>
        <key-takeaways pack="ketamine-addiction" heading-level="2"></key-takeaways>
        <source-list pack="ketamine-addiction" heading-level="2"></source-list>
      </clinic-context>
    </div>`,
  );
  await settle(document);
  return root;
}

const check = (root: HTMLElement) => root.querySelector<EligibilityCheck>('eligibility-check')!;

/** Answers the questionnaire's current question with the mouse: an option, or the days. */
async function answer(root: HTMLElement, choice: number | string): Promise<void> {
  const shadow = check(root).shadowRoot!;
  if (typeof choice === 'string') {
    const days = shadow.querySelector<HTMLInputElement>('input#days')!;
    days.value = choice;
    days.dispatchEvent(new Event('input', { bubbles: true }));
  } else if (choice >= 0) {
    shadow.querySelectorAll<HTMLInputElement>('input[type=radio]')[choice]!.click();
  }
  shadow.querySelector<HTMLButtonElement>('button.primary')!.click();
  await settle(document);
}

/** Presses the questionnaire's Start: its first question comes. */
async function begin(root: HTMLElement): Promise<HTMLElement> {
  check(root).shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  await settle(document);
  return root;
}

const inWidgets = (nodes: AXNode[]) =>
  nodes.filter((n) => (WIDGET_TAGS as readonly string[]).includes(n.widget ?? ''));

for (const locale of ['en', 'fr'] as const) {
  const t = STRINGS[locale];
  describe(`accessibility tree before any scroll (${locale} widgets on an English page)`, () => {
    it('gives every node of every widget the widget’s language', async () => {
      await articlePage(locale);
      const nodes = inWidgets(await tree());
      for (const tag of WIDGET_TAGS) {
        expect(
          nodes.some((n) => n.widget === tag),
          `${tag} in the tree`,
        ).to.equal(true);
      }
      // Citations keep the language they were published in: the source list marks them.
      const cited = nodes.filter(
        (n) =>
          locale !== 'en' &&
          n.widget === 'source-list' &&
          n.lang === 'en' &&
          n.role === 'StaticText',
      );
      if (locale !== 'en')
        expect(cited.map((n) => n.name)).to.deep.equal(
          ketamineAddictionSources.map((s) => referenceText(s)),
        );
      const wrong = nodes.filter((n) => n.lang !== locale && !cited.includes(n));
      expect(
        wrong.map((n) => `${n.widget} ${n.role} “${n.name.slice(0, 40)}”: lang ${n.lang}`),
      ).to.deep.equal([]);
    });

    it('names every control, with no glued or doubled space around a colon', async () => {
      const root = await begin(await articlePage(locale));
      // The check-your-answers step holds the Change buttons.
      for (const choice of [1, 1, 1, '12', 1]) await answer(root, choice);
      // And a FAQ answer whose link was just copied.
      const faq = root.querySelector('faq-list')!.shadowRoot!;
      faq.querySelector<HTMLButtonElement>('button.q')!.click();
      await settle(document);
      const copy = faq.querySelector<HTMLButtonElement>('button.copy')!;
      // The headless browser refuses the clipboard: a page that allows it.
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.resolve() },
      });
      try {
        copy.click();
        await waitUntil(() => copy.textContent!.includes(t.faqList.linkCopied), 'link copied');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      const nodes = inWidgets(await tree());
      const controls = nodes.filter((n) => CONTROLS.includes(n.role));
      expect(controls.length).to.be.greaterThan(10);
      expect(
        controls.filter((n) => !n.name.trim()).map((n) => `${n.widget} ${n.tag}`),
      ).to.deep.equal([]);
      // English puts no space before a colon; French a no-break one. Both one space after.
      const spacing = locale === 'en' ? /\s:|:(?=[^\s\d/])/ : /[^\u00a0\u202f]:|:(?=[^\s\d/])/;
      expect(controls.map((n) => n.name).filter((name) => spacing.test(name))).to.deep.equal([]);
      const change = controls.filter((n) => n.name.startsWith(t.eligibilityCheck.change));
      expect(change.length, 'Change buttons').to.equal(5);
      const copied = controls.filter((n) => n.name.startsWith(t.faqList.linkCopied));
      expect(copied.length, 'Link copied').to.equal(1);
    });

    it('has one region named for crisis support, also beside an urgent result', async () => {
      const root = await begin(await articlePage(locale));
      const regions = async () =>
        (await tree()).filter((n) => n.role === 'region' && n.name === t.crisisBanner.label);
      expect((await regions()).length, 'the banner').to.equal(1);
      await answer(root, 0); // In danger now: the urgent result, with its own crisis lines.
      const shadow = check(root).shadowRoot!;
      expect(shadow.querySelector('.result.urgent-help'), 'urgent result').to.exist;
      expect((await regions()).length, 'banner and urgent result').to.equal(1);
    });

    it('names the fold button for what it folds', async () => {
      await articlePage(locale);
      const toggle = inWidgets(await tree()).find(
        (n) => n.widget === 'crisis-banner' && n.role === 'button',
      )!;
      expect(toggle.name.toLowerCase()).to.contain(t.crisisBanner.details.toLowerCase());
      expect(toggle.name).to.contain(
        locale === 'en' ? 'Crisis support' : 'soutien en cas de crise',
      );
    });

    it('puts headings in order under the page’s h1, each named', async () => {
      await articlePage(locale);
      const headings = (await tree()).filter((n) => n.role === 'heading');
      expect(headings[0]!.level).to.equal(1);
      expect(headings.length).to.be.greaterThan(5);
      let previous = 1;
      for (const heading of headings) {
        expect(heading.name.trim(), `${heading.widget} h${heading.level}`).to.not.equal('');
        expect(heading.level!, `“${heading.name}” after h${previous}`).to.be.at.most(previous + 1);
        previous = heading.level!;
      }
    });

    it('names each chart by what it measures', async () => {
      await articlePage(locale);
      const figures = inWidgets(await tree()).filter((n) => n.role === 'figure');
      expect(figures.length).to.be.greaterThan(0);
      expect(figures.filter((n) => !n.name.trim()).length, 'figures without a name').to.equal(0);
    });

    it('announces each question with its progress, and marks unanswered radios invalid', async () => {
      const root = await begin(await articlePage(locale));
      const group = async () =>
        inWidgets(await tree()).find(
          (n) => n.widget === 'eligibility-check' && n.role === 'group',
        )!;
      const first = await group();
      const progress = `${first.name} ${first.description ?? ''}`;
      // Read as words: "Question 1 At most 8 more", never "Question 1At most".
      expect(progress).to.match(new RegExp(`${t.eligibilityCheck.questionNumber(1)}[\\s·,.:]`));
      expect(progress).to.contain(t.eligibilityCheck.questions.immediateDanger.legend);
      await answer(root, 0 - 1); // Continue with no answer: an error.
      const radios = inWidgets(await tree()).filter(
        (n) => n.widget === 'eligibility-check' && n.role === 'radio',
      );
      expect(radios.length).to.be.greaterThan(1);
      expect(radios.map((n) => n.invalid)).to.deep.equal(radios.map(() => 'true'));
      await answer(root, 1);
      const second = await group();
      expect(`${second.name} ${second.description ?? ''}`).to.contain(
        t.eligibilityCheck.questionNumber(2),
      );
    });
  });
}
