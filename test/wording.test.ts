import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import costPricesFr from '../src/content/packs/cost-prices/fr.js';
import { crisisLinesPack } from '../src/content/packs/crisis-lines.js';
import {
  disclaimersPack,
  evidencePack,
  faqKetamineAddiction,
  faqKetamineAddictive,
} from '../src/content/index.js';
// Each French pack module itself: a new one joins this list (and LOCALE_TELLS, bench/pages.mjs).
import disclaimersFr from '../src/content/packs/disclaimers/fr.js';
import evidenceFr from '../src/content/packs/evidence/fr.js';
import addictionFr from '../src/content/packs/faq-ketamine-addiction/fr.js';
import addictiveFr from '../src/content/packs/faq-ketamine-addictive/fr.js';
import sourcesAddictiveFr from '../src/content/packs/sources-ketamine-addictive/fr.js';
import takeawaysAddictionFr from '../src/content/packs/takeaways-ketamine-addiction/fr.js';
import takeawaysAddictiveFr from '../src/content/packs/takeaways-ketamine-addictive/fr.js';
import {
  COMORBIDITIES,
  OUTCOMES,
  SUBSTANCES,
  assessEligibility,
  type EligibilityAnswers,
  type EligibilityResult,
} from '../src/eligibility/index.js';
import { noteSentence, reasonSentence } from '../src/elements/eligibility-check/sentences.js';
import { en, fr } from './helpers/strings.js';
import { GLOSSARY } from '../src/i18n/glossary.js';
import { fleschKincaidGrade, kandelMolesEase, longWordShare } from './helpers/readability.js';

const LOCALES = ['en', 'fr'] as const;
type Catalogue = typeof en.eligibilityCheck;
const catalogue = (locale: 'en' | 'fr'): Catalogue =>
  locale === 'fr' ? fr.eligibilityCheck : en.eligibilityCheck;

/** Every string in a value: strings as they are, formatters called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const call = value as (...a: unknown[]) => unknown;
    const samples: unknown[][] = [
      Array.from({ length: value.length }, (_, i) => (i ? 30 : 12)),
      [['anglais', 'espagnol']], // a formatter of names, such as inLanguages
      ['Dr. Ben Soffer, DO'], // a formatter of one name, such as the reviewer's
    ];
    for (const args of samples) {
      try {
        const out = call(...args);
        if (typeof out === 'string') return [out];
      } catch {
        // the next sample
      }
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What a reader can be shown as an outcome: titles, next steps, reasons, notes, the rest. */
function outcomeTexts(locale: 'en' | 'fr'): string[] {
  const t = catalogue(locale);
  return [
    ...strings(t.outcomes),
    ...strings(t.reasons),
    ...strings(t.notes),
    ...strings([t.notNowLater, t.checkAgain, t.usualRange, t.standing, t.bookIntake]),
    ...strings([t.deciding, t.nextStep, t.otherPoints, t.notesTitle, t.resultLabel]),
  ];
}

/** What the questionnaire writes for one engine result: its reasons and notes, by id. */
function sentences(locale: 'en' | 'fr', result: EligibilityResult): string[] {
  const t = catalogue(locale);
  return [
    ...result.reasons.map((r) => reasonSentence(t, r.id, result)),
    ...result.notes.map((n) => noteSentence(t, n.id, result)),
  ];
}

describe('the questionnaire’s sentences, from the engine’s ids and numbers', () => {
  it('writes each reason in the reader’s locale, with the days', () => {
    const result = assessEligibility({ ...candidateAnswers(), abstinentDays: 1 });
    expect(result.reasons.map((r) => r.id)).to.deep.equal(['abstinence-too-short']);
    expect(sentences('en', result)).to.deep.equal([
      'You have gone 1 day without alcohol or drugs. The clinic looks for at least 30 days, confirmed by tests. The clinic sets the time for each person. It is usually 30 to 90 days, based on the drug, how severe the use was and how stable you are.',
    ]);
    expect(sentences('fr', result)).to.deep.equal([
      'Vous êtes sans alcool ni drogue depuis 1 jour. La clinique demande au moins 30 jours, confirmés par des tests. La clinique fixe cette durée pour chaque personne. C’est habituellement de 30 à 90 jours, selon la substance, la gravité de la consommation et votre stabilité.',
    ]);
  });

  it('has a sentence for every reason and note in both languages', () => {
    const all: EligibilityAnswers = {
      immediateDanger: true,
      ketamineMisuse: true,
      seekingDetox: true,
      abstinentDays: 3,
      otherDissociativeMisuse: true,
      substance: 'opioids',
    };
    const ideal = candidateAnswers();
    for (const locale of LOCALES) {
      for (const answers of [{}, ideal, { ...ideal, abstinentDays: 40 }, all]) {
        for (const text of sentences(locale, assessEligibility(answers))) {
          expect(text).to.be.a('string').and.have.length.above(20);
        }
      }
    }
  });

  it('states the individual abstinence range from the article (30–90 days)', () => {
    const result = assessEligibility({ ...candidateAnswers(), abstinentDays: 45 });
    expect(result.notes[0]!.id).to.equal('abstinence-individualised');
    expect(noteSentence(catalogue('en'), result.notes[0]!.id, result))
      .to.contain('usually 30 to 90 days')
      .and.contain('45 days');
  });
});

const FORBIDDEN = [
  /\beligib/i,
  /\bapprov/i,
  /\bqualif/i,
  /\baccept/i,
  /admissib/i,
  /éligib/i,
  /approuv/i,
  /qualifi/i,
  /accept/i,
];

import { candidateAnswers } from './helpers/fixtures.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const answersArb: fc.Arbitrary<EligibilityAnswers> = fc.record(
  {
    immediateDanger: maybe(fc.boolean()),
    substance: maybe(fc.constantFrom(...SUBSTANCES)),
    currentlyUsing: maybe(fc.boolean()),
    abstinentDays: maybe(fc.nat({ max: 400 })),
    negativeUrineScreen: maybe(fc.boolean()),
    seekingDetox: maybe(fc.boolean()),
    inAddictionCare: maybe(fc.boolean()),
    recoverySupport: maybe(fc.boolean()),
    comorbidity: maybe(fc.constantFrom(...COMORBIDITIES)),
    ketamineMisuse: maybe(fc.boolean()),
    otherDissociativeMisuse: maybe(fc.boolean()),
    consentToCoordinate: maybe(fc.boolean()),
  },
  { requiredKeys: [] },
);
/** Random answers, and readers who meet every point but one or two (to reach every outcome). */
const readersArb = fc.oneof(
  answersArb,
  answersArb.map((changes) => ({ ...candidateAnswers(), ...pick(changes, 2) })),
  fc.constant(candidateAnswers() as EligibilityAnswers),
);
function pick(answers: EligibilityAnswers, n: number): EligibilityAnswers {
  return Object.fromEntries(Object.entries(answers).slice(0, n)) as EligibilityAnswers;
}

describe('words no outcome uses (eligible, approved, qualified, accepted)', () => {
  for (const locale of LOCALES) {
    it(`appear in no outcome string of the ${locale} catalogue`, () => {
      const texts = outcomeTexts(locale);
      expect(texts.length).to.be.above(30);
      for (const text of texts) {
        for (const word of FORBIDDEN) expect(text, `${word}`).not.to.match(word);
      }
    });

    it(`appear in no result the engine writes in ${locale}`, () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(readersArb, (answers) => {
          const result = assessEligibility(answers);
          seen.add(result.outcome);
          for (const text of sentences(locale, result)) {
            for (const word of FORBIDDEN) expect(text).not.to.match(word);
          }
        }),
        { numRuns: 1000 },
      );
      expect([...seen].sort()).to.deep.equal([...OUTCOMES].sort());
    });
  }

  it('would catch the word that slipped in before (« admissible »)', () => {
    expect('Vous pourriez être admissible').to.match(FORBIDDEN[4]!);
    expect(fr.eligibilityCheck.outcomes['may-be-candidate'].title).to.equal(
      'Vous pourriez être candidat ou candidate à un appel d’accueil',
    );
  });
});

/** Every French string a reader can see: every element's strings and every built-in pack. */
function frenchTexts(): { where: string; text: string }[] {
  const plain = (html: string) => html.replace(/<[^>]+>/g, ' ');
  const sources: Record<string, unknown> = {
    'French strings': fr,
    'packs/faq-ketamine-addiction/fr': addictionFr,
    'packs/faq-ketamine-addictive/fr': addictiveFr,
    // The source list is shared by every locale (packs/evidence/neutral.ts): titles as cited.
    'packs/evidence/fr': { ...evidenceFr, sources: [] },
    'packs/disclaimers/fr': disclaimersFr,
    'packs/cost-prices/fr': costPricesFr,
    'packs/takeaways-ketamine-addiction/fr': takeawaysAddictionFr,
    'packs/takeaways-ketamine-addictive/fr': takeawaysAddictiveFr,
    // Citations stay as published (English); their notes are ours.
    'packs/sources-ketamine-addictive/fr': sourcesAddictiveFr.sources.map((s) => s.note),
    'packs/crisis-lines (fr)': Object.values(crisisLinesPack).map((region) => [
      region.lines.map((line) => [line.name.fr, line.hours?.fr]),
      region.note?.fr,
    ]),
  };
  return Object.entries(sources).flatMap(([where, value]) =>
    strings(value).map((text) => ({ where, text: plain(text) })),
  );
}

describe('the French glossary', () => {
  it('has one French term per concept, each its own', () => {
    const terms = GLOSSARY.map((g) => g.fr);
    expect(new Set(terms).size).to.equal(terms.length);
    for (const term of GLOSSARY) {
      for (const variant of term.rejected) expect(term.fr, term.en).not.to.match(variant);
    }
  });

  it('no French string or pack uses a rejected variant', () => {
    const texts = frenchTexts();
    expect(texts.length).to.be.above(150);
    const found: string[] = [];
    for (const { where, text } of texts) {
      for (const term of GLOSSARY) {
        for (const variant of term.rejected) {
          if (variant.test(text)) found.push(`${where}: ${variant} in “${text.slice(0, 90)}…”`);
        }
      }
    }
    expect(found).to.deep.equal([]);
  });

  it('uses the chosen terms where the concepts appear', () => {
    const all = frenchTexts()
      .map((t) => t.text)
      .join('\n');
    for (const term of [
      'appel d’accueil',
      'mésusage',
      'thérapie de renforcement de la motivation',
      'candidat ou candidate à un appel d’accueil',
      'fenêtre de navigation privée',
    ]) {
      expect(all).to.contain(term);
    }
    expect(disclaimersPack.fr.educational.title).to.equal('Mise en garde médicale');
  });
});

describe('what is off-label (#13.6)', () => {
  it('never implies ketamine is on-label for depression or PTSD', () => {
    const all = [
      ...LOCALES.flatMap(outcomeTexts),
      ...strings([faqKetamineAddiction, evidencePack]),
    ];
    for (const text of all) expect(text).not.to.match(/addiction alone|dépendance seule/i);
    const en = catalogue('en').reasons['no-target-comorbidity'];
    expect(en).to.contain('licensed only as an anaesthetic');
    expect(en).to.contain('Every use for mental health or addiction is off-label');
    expect(en).to.contain(
      'Spravato (esketamine) is licensed only for treatment-resistant depression',
    );
    expect(catalogue('fr').reasons['no-target-comorbidity']).to.contain(
      'Tout usage en santé mentale ou en dépendance est hors indication',
    );
  });

  it('counts addiction care without medication (stimulants have none approved) (#13.7)', () => {
    const t = catalogue('en');
    expect(t.questions.inAddictionCare.hint).to.contain('with or without medicine');
    expect(t.questions.inAddictionCare.hint).to.contain('For stimulants, no medicine is approved');
    expect(t.reasons['no-addiction-care']).to.contain(
      'a counsellor or a program, with or without medicine',
    );
    expect(catalogue('fr').reasons['no-addiction-care']).to.contain('avec ou sans médicament');
  });
});

describe('the FAQ packs keep the two histories apart (#13.14, #13.15)', () => {
  const answer = (pack: typeof faqKetamineAddiction, locale: 'en' | 'fr', id: string) =>
    pack[locale].items.find((item) => item.id === id)!.answer.replace(/<[^>]+>/g, '');

  it('a past substance use disorder is not automatically excluding; ketamine misuse is', () => {
    const recovery = answer(faqKetamineAddictive, 'en', 'in-recovery-from-addiction');
    expect(recovery).to.contain(
      'A past substance use disorder does not rule you out automatically',
    );
    expect(recovery).to.contain(
      'Past misuse of ketamine itself is different: it is a hard exclusion',
    );
    const addictive = answer(faqKetamineAddiction, 'en', 'is-ketamine-addictive');
    expect(addictive).to.contain('a history of ketamine misuse is a hard exclusion');
    expect(addictive).to.contain('a past disorder with another substance does not rule you out');
    expect(answer(faqKetamineAddictive, 'fr', 'in-recovery-from-addiction')).to.contain(
      'Un mésusage passé de la kétamine elle-même est différent',
    );
    expect(answer(faqKetamineAddiction, 'fr', 'is-ketamine-addictive')).to.contain(
      'un trouble passé lié à une autre substance ne vous exclut pas automatiquement',
    );
  });

  it('says "particularly", as the seed does, not "mostly"', () => {
    const text = answer(faqKetamineAddiction, 'en', 'is-ketamine-addictive');
    expect(text).to.contain('particularly through recreational, unsupervised use');
    expect(text).not.to.contain('mostly');
  });
});

/** The outcome reasons and next steps a reader meets, in one locale. */
function reasonsAndNextSteps(locale: 'en' | 'fr'): string {
  const t = catalogue(locale);
  return [
    ...Object.values(t.outcomes).map((o) => o.next),
    ...strings(t.reasons),
    ...strings(t.notes),
    t.notNowLater(30),
    t.checkAgain(18),
    t.usualRange,
  ].join(' ');
}

describe('plain language (#16.10)', () => {
  it('writes the outcome reasons and next steps at Flesch-Kincaid grade 8 or below in English', () => {
    const text = reasonsAndNextSteps('en');
    const grade = fleschKincaidGrade(text);
    console.log(
      `English reasons and next steps: grade ${grade.toFixed(1)}, ${(longWordShare(text, 'en') * 100).toFixed(0)}% long words`,
    );
    expect(grade).to.be.at.most(8);
  });

  it('keeps the French as plain: Kandel–Moles reading ease of 60 or more', () => {
    const text = reasonsAndNextSteps('fr');
    const ease = kandelMolesEase(text);
    console.log(
      `French reasons and next steps: ease ${ease.toFixed(1)}, ${(longWordShare(text, 'fr') * 100).toFixed(0)}% long words`,
    );
    expect(ease).to.be.at.least(60);
  });

  it('measures what it claims: a dense sentence fails, a plain one passes', () => {
    const dense =
      'Active substance use constitutes a contraindication: ketamine is considered exclusively following documented abstinence and psychosocial stabilization.';
    expect(fleschKincaidGrade(dense)).to.be.above(8);
    expect(fleschKincaidGrade('You can call us. We will help you now.')).to.be.below(4);
    expect(
      kandelMolesEase('Une consommation active constitue une contre-indication documentée.'),
    ).to.be.below(60);
    expect(kandelMolesEase('Vous pouvez nous appeler. Nous allons vous aider.')).to.be.above(60);
  });
});
