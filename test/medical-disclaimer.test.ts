import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { disclaimersSchema } from '../src/content/disclaimers.js';
import { check } from '../src/content/issues.js';
import { disclaimersPack } from '../src/content/index.js';
import '../src/elements/clinic-context/clinic-context.js';
import { MedicalDisclaimer } from '../src/elements/medical-disclaimer/medical-disclaimer.js';

function shadow(el: MedicalDisclaimer): ShadowRoot {
  return el.shadowRoot!;
}

function titles(el: MedicalDisclaimer): string[] {
  return [...shadow(el).querySelectorAll('.notice .title')].map((t) => t.textContent!.trim());
}

function clean(node: Element | null | undefined): string {
  return node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
}

function review(el: MedicalDisclaimer): string {
  return clean(shadow(el).querySelector('.review'));
}

function times(el: MedicalDisclaimer): [string, string][] {
  return [...shadow(el).querySelectorAll('time')].map((t) => [
    t.getAttribute('datetime')!,
    t.textContent!,
  ]);
}

function quietConsole(method: 'error' | 'warn'): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console[method];
  console[method] = (message: string) => messages.push(message);
  return { messages, restore: () => (console[method] = original) };
}

async function disclaimer(template: ReturnType<typeof html>): Promise<MedicalDisclaimer> {
  const root = await fixture(template);
  const el = root instanceof MedicalDisclaimer ? root : root.querySelector('medical-disclaimer')!;
  await el.updateComplete;
  return el;
}

/** The seed's review: reviewer, review date and last update, with the clock pinned after them. */
const fullReview = () =>
  disclaimer(
    html`<medical-disclaimer
      reviewed-by="Dr. Ben Soffer, DO"
      reviewed-on="2026-05-31"
      updated-on="2026-05-06"
      now="2026-06-01"
    ></medical-disclaimer>`,
  );

describe('<medical-disclaimer>', () => {
  describe('kinds', () => {
    it('is educational by default: not medical advice, and rules differ by jurisdiction', async () => {
      const el = await disclaimer(html`<medical-disclaimer></medical-disclaimer>`);
      expect(titles(el)).to.deep.equal(['Medical disclaimer']);
      const body = clean(shadow(el).querySelector('.notice'));
      expect(body).to.contain('not medical advice');
      expect(body).to.contain('does not diagnose or treat');
      expect(body).to.contain('prescribing rules vary from one jurisdiction to another');
    });

    it('shows the safety notice: screening, medications, contraindications, oversight', async () => {
      const el = await disclaimer(html`<medical-disclaimer kind="safety"></medical-disclaimer>`);
      expect(titles(el)).to.deep.equal(['Medical safety']);
      const body = clean(shadow(el).querySelector('.notice'));
      for (const words of [
        'not right for everyone',
        'screening',
        'medications',
        'contraindications',
        'clinical oversight',
        'licensed health professional',
      ]) {
        expect(body).to.contain(words);
      }
    });

    it('shows the access notice: off-label ketamine, esketamine’s own indications', async () => {
      const el = await disclaimer(html`<medical-disclaimer kind="access"></medical-disclaimer>`);
      expect(titles(el)).to.deep.equal(['Legal and access context']);
      const body = clean(shadow(el).querySelector('.notice'));
      expect(body).to.contain('off-label psychiatric care where that is permitted');
      expect(body).to.contain('Esketamine (Spravato) is approved for specific indications only');
    });

    it('shows all three, educational first, each a named note', async () => {
      const el = await disclaimer(html`<medical-disclaimer kind="all"></medical-disclaimer>`);
      expect(titles(el)).to.deep.equal([
        'Medical disclaimer',
        'Medical safety',
        'Legal and access context',
      ]);
      for (const note of shadow(el).querySelectorAll('.notice')) {
        expect(note.getAttribute('role')).to.equal('note');
        const label = shadow(el).getElementById(note.getAttribute('aria-labelledby')!);
        expect(label).to.equal(note.querySelector('.title'));
      }
    });

    it('reports an unknown kind and shows the educational notice', async () => {
      const { messages, restore } = quietConsole('error');
      try {
        const el = await disclaimer(html`<medical-disclaimer kind="legal"></medical-disclaimer>`);
        expect(titles(el)).to.deep.equal(['Medical disclaimer']);
      } finally {
        restore();
      }
      expect(messages).to.deep.equal([
        '<medical-disclaimer>: kind "legal" is not known; use educational, safety, access or all.',
      ]);
    });

    it('speaks French from the clinic context', async () => {
      const el = await disclaimer(
        html`<clinic-context locale="fr"
          ><medical-disclaimer kind="all"></medical-disclaimer
        ></clinic-context>`,
      );
      expect(titles(el)).to.deep.equal([
        'Mise en garde médicale',
        'Sécurité médicale',
        'Cadre légal et accès',
      ]);
      expect(clean(shadow(el).querySelector('.notice'))).to.contain(
        'ne constituent pas un avis médical',
      );
      expect(clean(shadow(el).querySelectorAll('.notice')[2])).to.contain(
        'L’eskétamine (Spravato)',
      );
    });

    it('turns its notices and review line French when a wrapper’s lang changes', async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <medical-disclaimer kind="access" reviewed-on="2026-05-31" now="2026-06-01">
          </medical-disclaimer>
        </div>`,
      );
      const el = wrapper.querySelector<MedicalDisclaimer>('medical-disclaimer')!;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Legal and access context']);
      wrapper.setAttribute('lang', 'fr-CA');
      await waitUntil(() => titles(el)[0] === 'Cadre légal et accès', 'the notice turns French');
      expect(review(el)).to.equal('Révision médicale le 31 mai 2026.');
    });

    it('takes its own locale attribute over the clinic context', async () => {
      const el = await disclaimer(
        html`<clinic-context locale="fr"
          ><medical-disclaimer locale="en" kind="safety"></medical-disclaimer
        ></clinic-context>`,
      );
      expect(titles(el)).to.deep.equal(['Medical safety']);
    });

    it('keeps the built-in texts valid under the schema, in both languages', () => {
      expect(check(disclaimersSchema, disclaimersPack.en).ok).to.equal(true);
      expect(check(disclaimersSchema, disclaimersPack.fr).ok).to.equal(true);
    });
  });

  describe('review line', () => {
    it('says who reviewed it and when, and when it was last updated, in English', async () => {
      const el = await fullReview();
      expect(review(el)).to.equal(
        'Medically reviewed by Dr. Ben Soffer, DO on May 31, 2026. Last updated May 6, 2026.',
      );
      expect(times(el)).to.deep.equal([
        ['2026-05-31', 'May 31, 2026'],
        ['2026-05-06', 'May 6, 2026'],
      ]);
    });

    it('writes the dates the French way', async () => {
      const el = await disclaimer(
        html`<medical-disclaimer
          locale="fr"
          reviewed-by="Dre Anne Roy"
          reviewed-on="2026-05-31"
          updated-on="2026-05-06"
          now="2026-06-01"
        ></medical-disclaimer>`,
      );
      expect(review(el)).to.equal(
        'Révision médicale par la Dre Anne Roy, le 31 mai 2026. Dernière mise à jour le 6 mai 2026.',
      );
      expect(times(el)[0]).to.deep.equal(['2026-05-31', '31 mai 2026']);
    });

    it('writes « par le Dr X, le … » in French, from a reviewer written "Dr. X"', async () => {
      const el = await disclaimer(
        html`<medical-disclaimer
          locale="fr"
          reviewed-by="Dr. Ben Soffer, DO"
          reviewed-on="2026-05-31"
          now="2026-06-01"
        ></medical-disclaimer>`,
      );
      expect(review(el)).to.equal('Révision médicale par le Dr Ben Soffer, DO, le 31 mai 2026.');
    });

    it('shows whichever part it knows', async () => {
      const byOnly = await disclaimer(
        html`<medical-disclaimer reviewed-by="Dr. Ben Soffer, DO"></medical-disclaimer>`,
      );
      expect(review(byOnly)).to.equal('Medically reviewed by Dr. Ben Soffer, DO.');
      const onOnly = await disclaimer(
        html`<medical-disclaimer reviewed-on="2026-05-31" now="2026-06-01"></medical-disclaimer>`,
      );
      expect(review(onOnly)).to.equal('Medically reviewed on May 31, 2026.');
      const updatedOnly = await disclaimer(
        html`<medical-disclaimer updated-on="2026-05-06"></medical-disclaimer>`,
      );
      expect(review(updatedOnly)).to.equal('Last updated May 6, 2026.');
      const none = await disclaimer(html`<medical-disclaimer></medical-disclaimer>`);
      expect(shadow(none).querySelector('.review')).to.equal(null);
    });

    it('ignores an invalid date with one clear console error, never "Invalid Date"', async () => {
      const { messages, restore } = quietConsole('error');
      let el: MedicalDisclaimer;
      try {
        el = await disclaimer(
          html`<medical-disclaimer
            reviewed-by="Dr. Ben Soffer, DO"
            reviewed-on="2026-02-30"
            updated-on="May 6"
          ></medical-disclaimer>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(review(el)).to.equal('Medically reviewed by Dr. Ben Soffer, DO.');
      expect(clean(shadow(el).querySelector('.base'))).to.not.contain('Invalid');
      expect(times(el)).to.deep.equal([]);
      expect(el.reviewOverdue).to.equal(false);
      expect(messages).to.deep.equal([
        '<medical-disclaimer>: reviewed-on "2026-02-30" is not a date; use YYYY-MM-DD (for example 2026-05-31). It is not shown.',
        '<medical-disclaimer>: updated-on "May 6" is not a date; use YYYY-MM-DD (for example 2026-05-31). It is not shown.',
      ]);
    });
  });

  describe('review overdue', () => {
    it('is not overdue on the last day of the interval', async () => {
      const el = await disclaimer(
        html`<medical-disclaimer reviewed-on="2025-05-31" now="2026-05-31"></medical-disclaimer>`,
      );
      expect(el.reviewOverdue).to.equal(false);
      expect(el.hasAttribute('review-overdue')).to.equal(false);
    });

    it('is overdue the day after, warns once, and still shows the dates as they are', async () => {
      const { messages, restore } = quietConsole('warn');
      let el: MedicalDisclaimer;
      try {
        el = await disclaimer(
          html`<medical-disclaimer reviewed-on="2025-05-31" now="2026-06-01"></medical-disclaimer>`,
        );
        el.kind = 'all';
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(el.reviewOverdue).to.equal(true);
      expect(el.hasAttribute('review-overdue')).to.equal(true);
      expect(messages).to.deep.equal([
        '<medical-disclaimer>: the medical review of 2025-05-31 is 366 days old, more than review-interval (365 days): review the content and update reviewed-on.',
      ]);
      expect(review(el)).to.equal('Medically reviewed on May 31, 2025.');
      expect(clean(shadow(el).querySelector('.base')).toLowerCase()).to.not.contain('overdue');
    });

    it('follows review-interval on both sides', async () => {
      const { restore } = quietConsole('warn');
      try {
        const el = await disclaimer(
          html`<medical-disclaimer
            reviewed-on="2026-05-01"
            review-interval="30"
            now="2026-05-31"
          ></medical-disclaimer>`,
        );
        expect(el.reviewOverdue).to.equal(false);
        el.now = '2026-06-01';
        await el.updateComplete;
        expect(el.reviewOverdue).to.equal(true);
        el.reviewInterval = 90;
        await el.updateComplete;
        expect(el.reviewOverdue).to.equal(false);
        expect(el.hasAttribute('review-overdue')).to.equal(false);
      } finally {
        restore();
      }
    });

    it('takes a Date for now, and reads the current date by default', async () => {
      const { restore } = quietConsole('warn');
      try {
        const el = await disclaimer(
          html`<medical-disclaimer reviewed-on="2020-01-01"></medical-disclaimer>`,
        );
        expect(el.reviewOverdue).to.equal(true);
        el.now = new Date(2020, 5, 1);
        await el.updateComplete;
        expect(el.reviewOverdue).to.equal(false);
      } finally {
        restore();
      }
    });

    it('reports a bad review-interval and uses 365 days', async () => {
      const { messages, restore } = quietConsole('error');
      try {
        const el = await disclaimer(
          html`<medical-disclaimer
            reviewed-on="2025-05-31"
            review-interval="yearly"
            now="2026-05-31"
          ></medical-disclaimer>`,
        );
        expect(el.reviewOverdue).to.equal(false);
      } finally {
        restore();
      }
      expect(messages).to.deep.equal([
        '<medical-disclaimer>: review-interval "NaN" is not a whole number of days; using 365.',
      ]);
    });
  });

  describe('review dates for search engines (MedicalWebPage JSON-LD)', () => {
    const blocks = () => [
      ...document.head.querySelectorAll<HTMLScriptElement>('script[data-medical-disclaimer]'),
    ];
    const ld = () => JSON.parse(blocks()[0]!.text) as Record<string, unknown>;

    it('states the review, the reviewer and the last update in one block', async () => {
      const el = await fullReview();
      expect(blocks()).to.have.length(1);
      expect(blocks()[0]!.type).to.equal('application/ld+json');
      expect(ld()).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        lastReviewed: '2026-05-31',
        reviewedBy: { '@type': 'Person', name: 'Dr. Ben Soffer, DO' },
        dateModified: '2026-05-06',
      });
      el.reviewedOn = '2026-11-20';
      await el.updateComplete;
      expect(ld().lastReviewed).to.equal('2026-11-20');
      el.remove();
      expect(blocks()).to.have.length(0);
    });

    it('writes one block for the first of two disclaimers, and none for no-jsonld or no dates', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <medical-disclaimer kind="safety"></medical-disclaimer>
          <medical-disclaimer
            no-jsonld
            reviewed-on="2026-01-02"
            now="2026-02-01"
          ></medical-disclaimer>
          <medical-disclaimer reviewed-on="2026-05-31" now="2026-06-01"></medical-disclaimer>
          <medical-disclaimer reviewed-on="2026-03-04" now="2026-06-01"></medical-disclaimer>
        </div>`,
      );
      const [plain, optedOut, first] = root.querySelectorAll('medical-disclaimer');
      await Promise.all(
        [...root.querySelectorAll('medical-disclaimer')].map((e) => e.updateComplete),
      );
      expect(blocks()).to.have.length(1);
      expect(ld().lastReviewed).to.equal('2026-05-31');
      optedOut!.noJsonld = false;
      await optedOut!.updateComplete;
      expect(ld().lastReviewed).to.equal('2026-01-02');
      first!.remove();
      optedOut!.remove();
      expect(ld().lastReviewed).to.equal('2026-03-04');
      expect(plain!.isConnected).to.equal(true);
    });

    it('leaves an invalid date out, as the review line does', async () => {
      const { restore } = quietConsole('error');
      try {
        await disclaimer(
          html`<medical-disclaimer
            reviewed-on="2026-02-30"
            updated-on="2026-05-06"
          ></medical-disclaimer>`,
        );
      } finally {
        restore();
      }
      expect(ld()).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        dateModified: '2026-05-06',
      });
    });
  });

  describe('the clinic’s own text', () => {
    it('replaces the built-in notices, and the review line stays', async () => {
      const el = await disclaimer(
        html`<medical-disclaimer kind="all" reviewed-on="2026-05-31" now="2026-06-01">
          <p>Our clinic’s own disclaimer.</p>
        </medical-disclaimer>`,
      );
      expect(shadow(el).querySelector('.notice')).to.equal(null);
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([
        'Our clinic’s own disclaimer.',
      ]);
      expect(el.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      expect(review(el)).to.equal('Medically reviewed on May 31, 2026.');
    });

    it('keeps the built-in notices when the tag holds only whitespace, and follows later text', async () => {
      const el = await disclaimer(html`<medical-disclaimer> </medical-disclaimer>`);
      expect(titles(el)).to.deep.equal(['Medical disclaimer']);
      el.append(document.createTextNode('Added by the CMS later.'));
      await new Promise((resolve) =>
        shadow(el).querySelector('slot')!.addEventListener('slotchange', resolve, { once: true }),
      );
      await el.updateComplete;
      expect(shadow(el).querySelector('.notice')).to.equal(null);
    });
  });

  describe('without the script', () => {
    it('shows the clinic’s text in the reserved space', async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="No script" width="800" height="300"></iframe>`,
      );
      const loaded = oneEvent(frame, 'load');
      frame.srcdoc = `<link rel="stylesheet" href="${location.origin}/src/clinic-widgets.css" />
        <medical-disclaimer><p>Educational content, not medical advice.</p></medical-disclaimer>`;
      await loaded;
      const el = frame.contentDocument!.querySelector('medical-disclaimer')!;
      expect(el.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height).to.be.at.least(96);
    });
  });

  describe('accessibility (axe)', () => {
    for (const kind of ['educational', 'safety', 'access', 'all']) {
      it(`passes with kind ${kind} and a review line`, async () => {
        const el = await disclaimer(
          html`<medical-disclaimer
            kind=${kind}
            reviewed-by="Dr. Ben Soffer, DO"
            reviewed-on="2026-05-31"
            updated-on="2026-05-06"
            now="2026-06-01"
          ></medical-disclaimer>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('passes overdue, in French, and with the clinic’s own text', async () => {
      const { restore } = quietConsole('warn');
      try {
        for (const template of [
          html`<medical-disclaimer
            locale="fr"
            kind="all"
            reviewed-on="2024-01-01"
            now="2026-06-01"
          ></medical-disclaimer>`,
          html`<medical-disclaimer reviewed-on="2026-05-31" now="2026-06-01"
            ><p>Our own text.</p></medical-disclaimer
          >`,
        ]) {
          const el = await disclaimer(template);
          await expect(el).to.be.accessible();
        }
      } finally {
        restore();
      }
    });

    it('fits 320 CSS pixels without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <medical-disclaimer
            locale="fr"
            kind="all"
            reviewed-by="Dre Anne Roy"
            reviewed-on="2026-05-31"
          ></medical-disclaimer>
        </div>`,
      );
      wrapper.style.width = '320px';
      const el = wrapper.querySelector('medical-disclaimer')!;
      await el.updateComplete;
      const base = shadow(el).querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });
  });
});
