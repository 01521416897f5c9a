import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import { check } from '../src/content/issues.js';
import addictionEn from '../src/content/packs/takeaways-ketamine-addiction/en.js';
import addictionFr from '../src/content/packs/takeaways-ketamine-addiction/fr.js';
import addictiveEn from '../src/content/packs/takeaways-ketamine-addictive/en.js';
import addictiveFr from '../src/content/packs/takeaways-ketamine-addictive/fr.js';
import { takeawaysSchema } from '../src/content/takeaways.js';
import { KeyTakeaways } from '../src/elements/key-takeaways/key-takeaways.js';
import type { SourceList } from '../src/elements/source-list/source-list.js';
import '../src/elements/source-list/source-list.js';
import { jsonUrl, quietErrors } from './helpers/fixtures.js';
import { en, fr } from './helpers/strings.js';

const words = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: KeyTakeaways) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => words(li));
const title = (el: KeyTakeaways) => el.shadowRoot!.querySelector('.title')!;

/**
 * The facts issue #19 lists for the two packs, each a pattern every locale's item must carry
 * (item index → English pattern, French pattern).
 */
const ADDICTION_FACTS: [number, RegExp, RegExp][] = [
  [0, /off-label for a substance use disorder|off-label/, /hors indication/],
  [
    0,
    /Spravato.*approved only for treatment-resistant depression/,
    /Spravato.*autorisé seulement pour la dépression résistante au traitement/,
  ],
  [
    0,
    /no indication for any substance use disorder/,
    /aucune indication pour un trouble lié à l’usage de substances/,
  ],
  [
    1,
    /strongest evidence is for alcohol use disorder \(Krupitsky 2002; Dakwar 2020; KARE 2022\)/,
    /plus solides portent sur le trouble lié à l’usage d’alcool \(Krupitsky 2002, Dakwar 2020, KARE 2022\)/,
  ],
  [
    1,
    /cocaine is moderate \(Dakwar 2014, 2017, 2019\)/,
    /modérées pour la cocaïne \(Dakwar 2014, 2017, 2019\)/,
  ],
  [1, /opioid use disorder it is limited/, /limitées pour le trouble lié à l’usage d’opioïdes/],
  [
    2,
    /Active substance use is normally a contraindication/,
    /consommation active de substances est normalement une contre-indication/,
  ],
  [
    2,
    /documented period of abstinence and stabilisation/,
    /période documentée d’abstinence et de stabilisation/,
  ],
  [3, /not a detox tool/, /pas un outil de désintoxication/],
  [
    3,
    /buprenorphine or methadone for opioid use disorder/,
    /buprénorphine ou la méthadone pour le trouble lié à l’usage d’opioïdes/,
  ],
  [
    3,
    /naltrexone or acamprosate for alcohol use disorder/,
    /naltrexone ou l’acamprosate pour le trouble lié à l’usage d’alcool/,
  ],
  [3, /community recovery programs/, /programmes de rétablissement dans la communauté/],
  [3, /depression or persistent cravings/, /dépression ou des envies persistantes/],
  [4, /can be misused/, /mésusage/],
  [
    4,
    /Screening and structured, supervised dosing, with no take-home doses/,
    /L’évaluation et des doses structurées, données sous supervision et jamais remises pour la maison/,
  ],
  [
    5,
    /Psilocybin has stronger randomised-trial evidence for alcohol use disorder \(Bogenschutz et al., JAMA Psychiatry 2022\)/,
    /psilocybine a des données d’essais randomisés plus solides pour le trouble lié à l’usage d’alcool \(Bogenschutz et coll., JAMA Psychiatry 2022\)/,
  ],
  [
    5,
    /in Canada it can be reached only through Health Canada’s Special Access Program/,
    /au Canada, on n’y a accès que par le Programme d’accès spécial de Santé Canada/,
  ],
];
const ADDICTIVE_FACTS: [number, RegExp, RegExp][] = [
  [
    0,
    /recreationally \(often, at high doses, for the dissociative high\), ketamine can be addictive/,
    /fins récréatives \(souvent, à fortes doses, pour planer\), la kétamine peut créer une dépendance/,
  ],
  [0, /bladder damage/, /lésions de la vessie/],
  [
    1,
    /low doses set by a physician, given in episodes \(a series, then spaced maintenance sessions\), under supervision and after screening, carry a low risk of addiction according to professional consensus/,
    /faibles doses fixées par un médecin.*faible risque de dépendance selon le consensus professionnel/,
  ],
  [
    2,
    /opposite of the daily, escalating, self-directed use/,
    /l’opposé de l’usage quotidien, croissant et autogéré/,
  ],
  [
    3,
    /history of substance use disorder are screened with care, and active substance use is a contraindication/,
    /antécédents de trouble lié à l’usage de substances sont évaluées avec soin, et une consommation active est une contre-indication/,
  ],
  [
    4,
    /“is it addictive\?” really asks “how is it being used\?”/,
    /« la kétamine crée-t-elle une dépendance\? » veut surtout dire « comment est-elle utilisée\? »/,
  ],
  [5, /claims zero risk is overselling/, /promet un risque nul en promet trop/],
];

describe('<key-takeaways>', () => {
  const packs = [
    ['ketamine-addiction', addictionEn, addictionFr, ADDICTION_FACTS, 'Key takeaways'],
    ['ketamine-addictive', addictiveEn, addictiveFr, ADDICTIVE_FACTS, 'Key points'],
  ] as const;

  for (const [name, english, french, facts, heading] of packs) {
    describe(`pack="${name}"`, () => {
      it('shows the article’s six points, in English, under its heading', async () => {
        const el = await fixture<KeyTakeaways>(html`<key-takeaways pack=${name}></key-takeaways>`);
        expect(items(el)).to.deep.equal(english.items);
        expect(items(el)).to.have.length(6);
        expect(words(title(el))).to.equal(heading);
        expect(check(takeawaysSchema, english).ok).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('shows the same six points in Canadian French', async () => {
        const el = await fixture<KeyTakeaways>(
          html`<key-takeaways pack=${name} locale="fr"></key-takeaways>`,
        );
        expect(items(el)).to.deep.equal(french.items.map((item) => item.replace(/\s+/g, ' ')));
        expect(items(el)).to.have.length(6);
        expect(words(title(el))).to.equal('Points clés');
        expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('fr');
        expect(check(takeawaysSchema, french).ok).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('keeps every fact the issue lists, in both languages', () => {
        for (const [i, inEnglish, inFrench] of facts) {
          expect(english.items[i], `${inEnglish}`).to.match(inEnglish);
          expect(french.items[i], `${inFrench}`).to.match(inFrench);
        }
      });
    });
  }

  it('never claims ketamine carries no risk', () => {
    for (const pack of [addictionEn, addictiveEn]) {
      for (const item of pack.items) expect(item).not.to.match(/\b(no|zero) risk\b(?! is)/i);
    }
    expect(addictiveEn.items.join(' ')).to.contain('a clinic that claims zero risk is overselling');
  });

  it('follows a change of the page’s language, reloading the pack in the new locale', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><key-takeaways pack="ketamine-addictive"></key-takeaways></div>`,
    );
    const el = wrapper.querySelector<KeyTakeaways>('key-takeaways')!;
    await el.updateComplete;
    expect(items(el)[0]).to.equal(addictiveEn.items[0]);
    wrapper.lang = 'fr-CA';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(items(el)[0]).to.equal(addictiveFr.items[0]);
  });

  it('is a list under a heading, not a landmark, at the level the page implies', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <h2>Ketamine for addiction</h2>
        <key-takeaways pack="ketamine-addiction"></key-takeaways>
      </div>`,
    );
    const el = page.querySelector<KeyTakeaways>('key-takeaways')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('h3.title')).to.exist;
    expect(root.querySelector('section, aside, nav, [role="region"], [role="complementary"]')).to
      .not.exist;
    expect(root.querySelector('h3 + ul')).to.exist;
    el.headingLevel = 5;
    await el.updateComplete;
    expect(root.querySelector('h5.title')).to.exist;
  });

  it('shows at most `limit` points, and says so when the limit is not a number', async () => {
    const el = await fixture<KeyTakeaways>(
      html`<key-takeaways pack="ketamine-addiction" limit="3"></key-takeaways>`,
    );
    expect(items(el)).to.deep.equal(addictionEn.items.slice(0, 3));
    const quiet = quietErrors();
    try {
      el.setAttribute('limit', 'three');
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      expect(quiet.errors.join(' ')).to.contain('limit "three" must be a whole number');
    } finally {
      quiet.restore();
    }
  });

  it('has a compact variant for sidebars', async () => {
    const el = await fixture<KeyTakeaways>(
      html`<key-takeaways pack="ketamine-addictive" variant="compact"></key-takeaways>`,
    );
    const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
    expect(base.classList.contains('compact')).to.equal(true);
    const full = await fixture<KeyTakeaways>(
      html`<key-takeaways pack="ketamine-addictive"></key-takeaways>`,
    );
    const fullBase = full.shadowRoot!.querySelector<HTMLElement>('.base')!;
    expect(parseFloat(getComputedStyle(base).paddingTop)).to.be.below(
      parseFloat(getComputedStyle(fullBase).paddingTop),
    );
    await expect(el).to.be.accessible();
  });

  describe('the clinic’s own points', () => {
    it('reads a JSON child, with its own title', async () => {
      const el = await fixture<KeyTakeaways>(
        html`<key-takeaways pack="ketamine-addiction">
          <script type="application/json">
            { "title": "What to know", "items": ["First point.", "Second point."] }
          </script>
        </key-takeaways>`,
      );
      await el.updateComplete;
      expect(words(title(el))).to.equal('What to know');
      expect(items(el)).to.deep.equal(['First point.', 'Second point.']);
      expect(el.content.source).to.equal('json');
      await expect(el).to.be.accessible();
    });

    it('reads `src`, and uses the locale’s title when the JSON names none', async () => {
      const el = await fixture<KeyTakeaways>(
        html`<key-takeaways src=${jsonUrl({ items: ['Un point.'] })} locale="fr"></key-takeaways>`,
      );
      // A src fetch settles on its own time: wait for it frame by frame, as the FAQ tests do.
      while (el.content.status === 'loading') await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['Un point.']);
      expect(words(title(el))).to.equal(fr.keyTakeaways.title);
    });

    it('reports unusable JSON by path and shows the neutral notice, not the pack', async () => {
      const quiet = quietErrors();
      try {
        const el = document.createElement('key-takeaways') as KeyTakeaways;
        el.pack = 'ketamine-addiction';
        el.innerHTML = `<script type="application/json">{"items": ["ok", "   ", 4]}</script>`;
        const error = oneEvent(el, 'content-error');
        document.body.append(el);
        const { detail } = (await error) as CustomEvent<ContentErrorDetail>;
        await el.updateComplete;
        expect(detail.source).to.equal('json');
        expect(detail.issues.map((i) => i.path)).to.deep.equal(['items[1]', 'items[2]']);
        expect(words(el.shadowRoot!.querySelector('.content-notice'))).to.equal(
          en.common.contentError,
        );
        expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
        expect(quiet.errors.join(' ')).to.contain('items[1]');
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        quiet.restore();
      }
    });
  });

  describe('pasted markup', () => {
    it('enhances an author’s <ul> in place: slotted under the heading, the author’s heading hidden', async () => {
      const el = await fixture<KeyTakeaways>(
        html`<key-takeaways pack="ketamine-addiction">
          <h3>What to remember</h3>
          <ul>
            <li id="first">One.</li>
            <li>Two.</li>
            <li>Three.</li>
          </ul>
        </key-takeaways>`,
      );
      const list = el.querySelector('ul')!;
      const authorHeading = el.querySelector('h3')!;
      expect(el.content.source).to.equal('markup');
      // The author's nodes stay where they were, in the page.
      expect(list.parentElement).to.equal(el);
      expect(list.assignedSlot).to.equal(el.shadowRoot!.querySelector('slot'));
      expect(authorHeading.hidden).to.equal(true);
      // Its heading's text and level become the element's.
      expect(words(el.shadowRoot!.querySelector('h3.title'))).to.equal('What to remember');
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
      expect(list.getBoundingClientRect().height).to.be.above(30);
      await expect(el).to.be.accessible();
    });

    it('applies `limit` to the pasted points and gives the markup back as it was', async () => {
      const el = await fixture<KeyTakeaways>(
        html`<key-takeaways limit="2">
          <ol>
            <li>One.</li>
            <li>Two.</li>
            <li>Three.</li>
          </ol>
        </key-takeaways>`,
      );
      const lis = [...el.querySelectorAll('li')];
      expect(lis.map((li) => li.hidden)).to.deep.equal([false, false, true]);
      expect(words(title(el))).to.equal('Key takeaways');
      el.removeAttribute('limit');
      await el.updateComplete;
      expect(lis.map((li) => li.hidden)).to.deep.equal([false, false, false]);
      const list = el.querySelector('ol')!;
      el.setAttribute('limit', '1');
      await el.updateComplete;
      el.remove();
      expect(list.hasAttribute('slot')).to.equal(false);
      expect(lis.map((li) => li.hidden)).to.deep.equal([false, false, false]);
    });

    it('lets a JSON child take precedence over pasted markup', async () => {
      const el = await fixture<KeyTakeaways>(
        html`<key-takeaways>
          <ul>
            <li>Pasted.</li>
          </ul>
          <script type="application/json">
            { "items": ["From JSON."] }
          </script>
        </key-takeaways>`,
      );
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['From JSON.']);
      expect(el.querySelector('ul')!.hasAttribute('slot')).to.equal(false);
    });
  });

  it('reports an unknown pack or variant once, and shows nothing rather than a wrong pack', async () => {
    const quiet = quietErrors();
    try {
      const el = await fixture<KeyTakeaways>(
        html`<key-takeaways pack="other" variant="wide"></key-takeaways>`,
      );
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
      expect(quiet.errors.join(' ')).to.contain('pack "other" is not known');
    } finally {
      quiet.restore();
    }
  });
});

describe('<key-takeaways> and <source-list> in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the points framed and unshaded, and the sources with their addresses', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <key-takeaways pack="ketamine-addiction"></key-takeaways>
        <source-list pack="ketamine-addiction"></source-list>
      </div>`,
    );
    const takeaways = page.querySelector<KeyTakeaways>('key-takeaways')!;
    const list = page.querySelector<SourceList>('source-list')!;
    await Promise.all([takeaways.updateComplete, list.updateComplete]);
    await emulateMedia({ media: 'print' });
    const box = getComputedStyle(takeaways.shadowRoot!.querySelector('.base')!);
    expect(box.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(box.borderTopWidth)).to.be.above(0);
    const entry = list.shadowRoot!.querySelector('li.entry')!;
    // The copy button is of no use on paper; the link's address is printed after it.
    expect(getComputedStyle(entry.querySelector('.tools')!).display).to.equal('none');
    const link = entry.querySelector('a[target="_blank"]')!;
    expect(getComputedStyle(link, '::after').content).to.contain(
      'https://psychedelic.healthcare/find-care',
    );
  });
});
