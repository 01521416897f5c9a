import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import { evidenceSchema, type Evidence } from '../src/content/evidence.js';
import { check } from '../src/content/issues.js';
import { evidencePack } from '../src/content/index.js';
import { EvidenceCard } from '../src/elements/evidence-card/evidence-card.js';
import { quietErrors } from './helpers/fixtures.js';

/** The ids the README lists for `study="…"`. */
const STUDY_IDS = [
  'krupitsky-1997-2002',
  'dakwar-2020',
  'grabski-2022',
  'dakwar-2014',
  'dakwar-2019',
  'krupitsky-2007',
  'bogenschutz-2022',
];

/** The seed's source list, exactly (000_a2e8090d40c15d4f.txt, "Sources" 2–6 and 9). */
const SEED_SOURCES = {
  krupitsky: 'https://pubmed.ncbi.nlm.nih.gov/12495789/',
  dakwar2014: 'https://pubmed.ncbi.nlm.nih.gov/23845443/',
  dakwar2019: 'https://pubmed.ncbi.nlm.nih.gov/31230464/',
  dakwar2020: 'https://psychiatryonline.org/doi/full/10.1176/appi.ajp.2019.18101123',
  grabski2022: 'https://pubmed.ncbi.nlm.nih.gov/34855456/',
  bogenschutz2022: 'https://jamanetwork.com/journals/jamapsychiatry/fullarticle/2795625',
};

function root(el: EvidenceCard): ShadowRoot {
  return el.shadowRoot!;
}

/** Text as a reader gets it, whitespace (including the narrow spaces of French numbers) collapsed. */
function words(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function all(el: EvidenceCard, selector: string): Element[] {
  return [...root(el).querySelectorAll(selector)];
}

function studyIds(el: EvidenceCard, within = ''): string[] {
  return all(el, `${within} .study`.trim()).map((s) => s.getAttribute('data-study')!);
}

function study(el: EvidenceCard, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[data-study="${id}"]`);
  expect(found, `study ${id}`).to.exist;
  return found!;
}

/** A study's facts as label → value. */
function facts(card: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...card.querySelectorAll('.fact')].map((f) => [
      words(f.querySelector('dt')),
      words(f.querySelector('dd')),
    ]),
  );
}

function bars(card: HTMLElement): { label: string; value: string; width: string }[] {
  return [...card.querySelectorAll('.arm')].map((arm) => ({
    label: words(arm.querySelector('.arm-label')),
    value: words(arm.querySelector('.arm-value')),
    width: `${arm.querySelector('.fill')!.getAttribute('width')}%`,
  }));
}

function sourceLink(card: HTMLElement): HTMLAnchorElement {
  return card.querySelector<HTMLAnchorElement>('.citation a')!;
}

async function card(template: ReturnType<typeof html>): Promise<EvidenceCard> {
  const el = await fixture<EvidenceCard>(template);
  await el.updateComplete;
  return el;
}

function jsonChild(data: unknown) {
  return JSON.stringify(data);
}

/** A small custom evidence set, as a clinic would write it. */
function customEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    substances: [
      {
        id: 'alcohol',
        name: 'Alcohol (our clinic)',
        strength: 'moderate',
        summary: 'Our own summary.',
        studies: ['own-2024'],
      },
    ],
    studies: [
      {
        id: 'own-2024',
        authors: 'Clinic et al.',
        year: 2024,
        design: 'Open-label series',
        population: 'Our patients',
        sampleSize: 12,
        intervention: { treatment: 'Ketamine with therapy' },
        outcome: 'Fewer drinking days.',
        chart: {
          measure: 'Drinking days',
          lowerIsBetter: true,
          arms: [
            { label: 'Before', percent: 40 },
            { label: 'After', percent: 20 },
          ],
        },
        source: 'own',
      },
    ],
    sources: [
      {
        id: 'own',
        authors: 'Clinic A',
        year: 2024,
        title: 'Our report',
        url: 'https://example.org/report',
      },
    ],
    ...overrides,
  };
}

describe('<evidence-card> built-in evidence', () => {
  it('ships a pack that passes its own schema, with the README study ids', () => {
    const result = check(evidenceSchema, evidencePack.en);
    expect(result.ok, JSON.stringify(result.ok ? '' : result.issues)).to.equal(true);
    expect(evidencePack.en.studies.map((s) => s.id)).to.deep.equal(STUDY_IDS);
    expect(evidencePack.en.substances.map((s) => [s.id, s.strength])).to.deep.equal([
      ['alcohol', 'strongest'],
      ['cocaine', 'moderate'],
      ['opioids', 'limited'],
      ['other', 'minimal'],
    ]);
  });

  it('has a French pack with the same substances, studies, figures and sources', () => {
    const { en, fr } = evidencePack;
    const result = check(evidenceSchema, fr);
    expect(result.ok, JSON.stringify(result.ok ? '' : result.issues)).to.equal(true);
    const shape = (pack: Evidence) => ({
      substances: pack.substances.map((s) => [s.id, s.strength, s.studies, s.comparison?.studies]),
      studies: pack.studies.map((s) => [
        s.id,
        s.year,
        s.sampleSize,
        s.source,
        s.chart?.lowerIsBetter,
        s.chart?.arms.map((a) => [a.percent, a.approx]),
      ]),
      sources: pack.sources,
    });
    expect(shape(fr)).to.deep.equal(shape(en));
  });

  it('keeps one Krupitsky source and no Dakwar 2017 study entry', () => {
    const { sources, studies } = evidencePack.en;
    expect(sources.filter((s) => s.authors.startsWith('Krupitsky'))).to.have.length(1);
    expect(
      studies.filter((s) => s.source === 'krupitsky-1997-2002').map((s) => s.id),
    ).to.deep.equal(['krupitsky-1997-2002', 'krupitsky-2007']);
    expect(studies.some((s) => s.authors.startsWith('Dakwar') && s.year === 2017)).to.equal(false);
  });
});

describe('<evidence-card> overview', () => {
  it('shows every substance, strongest evidence first, each with its strength in words and shape', async () => {
    const el = await card(html`<evidence-card></evidence-card>`);
    expect(words(root(el).querySelector('h2.card-title'))).to.equal(
      'Ketamine for addiction: the evidence by substance',
    );
    const rows = all(el, '.substance').map((row) => [
      words(row.querySelector('.substance-name')),
      words(row.querySelector('.badge')),
      row.querySelectorAll('.badge rect.on').length,
    ]);
    expect(rows).to.deep.equal([
      ['Alcohol use disorder', 'Strongest evidence', 4],
      ['Cocaine use disorder', 'Moderate evidence', 3],
      ['Opioid use disorder', 'Limited evidence', 2],
      ['Other substances', 'Minimal evidence', 1],
    ]);
    expect(words(all(el, '.substance')[0]!.querySelector('.key-studies'))).to.equal(
      'Studies: Krupitsky and Grinenko, 1997 / 2002; Dakwar et al., 2020; Grabski et al., 2022 (KARE)',
    );
    expect(words(root(el).querySelector('.caveats'))).to.contain(
      'any substance use disorder included, is off-label',
    );
    await expect(el).to.be.accessible();
  });

  it('explains the four strength levels in a legend', async () => {
    const el = await card(html`<evidence-card></evidence-card>`);
    const legend = root(el).querySelector('.legend')!;
    expect(words(legend.querySelector('.section-title'))).to.equal('What the strength levels mean');
    const items = [...legend.querySelectorAll('li')];
    expect(
      items.map((li) => li.querySelector('.badge')!.getAttribute('data-strength')),
    ).to.deep.equal(['strongest', 'moderate', 'limited', 'minimal']);
    expect(items.map((li) => li.querySelectorAll('rect.on').length)).to.deep.equal([4, 3, 2, 1]);
    expect(words(items[3])).to.equal(
      'Minimal evidence Little or no published randomised-trial evidence.',
    );
    // The shape is decoration for sighted readers; the words carry the level for everyone.
    expect(legend.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('<evidence-card substance>', () => {
  it('alcohol: strongest evidence, its three studies and the shared caveats', async () => {
    const el = await card(html`<evidence-card substance="alcohol"></evidence-card>`);
    expect(words(root(el).querySelector('.card-title'))).to.equal('Alcohol use disorder');
    expect(words(root(el).querySelector('.head .badge'))).to.equal('Strongest evidence');
    expect(words(root(el).querySelector('.summary'))).to.contain(
      'ketamine with therapy, not ketamine on its own',
    );
    expect(studyIds(el)).to.deep.equal(['krupitsky-1997-2002', 'dakwar-2020', 'grabski-2022']);
    expect(root(el).querySelector('.comparison')).to.equal(null);
    const caveats = words(root(el).querySelector('.caveats'));
    expect(caveats).to.contain('already detoxified and stabilised');
    expect(caveats).to.contain('any substance use disorder included, is off-label');
    expect(caveats).to.contain('not a detox treatment');
    await expect(el).to.be.accessible();
  });

  it('cocaine: moderate evidence, Dakwar 2014 and 2019, with 2017 named in the summary only', async () => {
    const el = await card(html`<evidence-card substance="cocaine"></evidence-card>`);
    expect(words(root(el).querySelector('.card-title'))).to.equal('Cocaine use disorder');
    expect(words(root(el).querySelector('.head .badge'))).to.equal('Moderate evidence');
    expect(words(root(el).querySelector('.summary'))).to.contain('(2014, 2017 and 2019)');
    expect(studyIds(el)).to.deep.equal(['dakwar-2014', 'dakwar-2019']);
    await expect(el).to.be.accessible();
  });

  it('opioids: limited evidence, Krupitsky 2007 linked to the one Krupitsky source', async () => {
    const el = await card(html`<evidence-card substance="opioids"></evidence-card>`);
    expect(words(root(el).querySelector('.head .badge'))).to.equal('Limited evidence');
    expect(words(root(el).querySelector('.summary'))).to.contain(
      'buprenorphine, methadone or extended-release naltrexone',
    );
    expect(studyIds(el)).to.deep.equal(['krupitsky-2007']);
    const krupitsky = study(el, 'krupitsky-2007');
    expect(words(krupitsky.querySelector('.study-title'))).to.equal('Krupitsky, 2007');
    expect(sourceLink(krupitsky).href).to.equal(SEED_SOURCES.krupitsky);
    // The citation covers the alcohol and the heroin reports: not an alcohol-only paper.
    expect(words(krupitsky.querySelector('cite'))).to.contain(
      'for alcohol dependence and heroin addiction',
    );
    await expect(el).to.be.accessible();
  });

  it('other substances: minimal evidence, no trials, evaluated case by case', async () => {
    const el = await card(html`<evidence-card substance="other"></evidence-card>`);
    expect(words(root(el).querySelector('.head .badge'))).to.equal('Minimal evidence');
    expect(words(root(el).querySelector('.summary'))).to.contain(
      'Cannabis, methamphetamine and benzodiazepine',
    );
    expect(words(root(el).querySelector('.summary'))).to.contain('case by case');
    expect(studyIds(el)).to.deep.equal([]);
    // The seed says minimal published randomised-trial evidence, not none.
    expect(words(root(el).querySelector('.no-studies'))).to.equal(
      'There is minimal published randomised-trial evidence, so no study is shown here.',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<evidence-card compare>', () => {
  it('adds the psilocybin comparison to the alcohol card', async () => {
    const el = await card(html`<evidence-card substance="alcohol" compare></evidence-card>`);
    const comparison = root(el).querySelector('.comparison')!;
    expect(words(comparison.querySelector('.section-title'))).to.equal('How psilocybin compares');
    expect(words(comparison.querySelector('.summary'))).to.contain(
      'stronger randomised-trial evidence',
    );
    expect(studyIds(el, '.comparison')).to.deep.equal(['bogenschutz-2022']);
    expect(words(comparison.querySelector('.points'))).to.contain('Special Access Program (SAP)');
    await expect(el).to.be.accessible();
  });

  it('on its own shows the alcohol card with the comparison', async () => {
    const el = await card(html`<evidence-card compare></evidence-card>`);
    expect(words(root(el).querySelector('.card-title'))).to.equal('Alcohol use disorder');
    expect(studyIds(el, '.comparison')).to.deep.equal(['bogenschutz-2022']);
  });

  it('tells the author when the substance has nothing to compare', async () => {
    const { errors: messages, restore } = quietErrors();
    try {
      const el = await card(html`<evidence-card substance="cocaine" compare></evidence-card>`);
      expect(root(el).querySelector('.comparison')).to.equal(null);
      expect(words(root(el).querySelector('.card-title'))).to.equal('Cocaine use disorder');
    } finally {
      restore();
    }
    expect(messages).to.deep.equal([
      '<evidence-card>: compare: substance "cocaine" has no comparison to show.',
    ]);
  });
});

describe('<evidence-card study> figures, against the seed article', () => {
  const cases: {
    id: string;
    title: string;
    journal?: string;
    facts: Record<string, string>;
    bars?: { label: string; value: string; width: string }[];
    text?: string;
    lowerIsBetter?: boolean;
    href: string;
    citation: string;
  }[] = [
    {
      id: 'krupitsky-1997-2002',
      title: 'Krupitsky and Grinenko, 1997 / 2002',
      journal: 'J Psychoactive Drugs and later reports',
      facts: {
        'Who took part': 'Inpatients with alcohol dependence, detoxified before treatment',
        Dose: 'About 2.0 mg/kg, a psychedelic dose',
        Route: 'Intramuscular (IM)',
        'Paired with': 'Existential psychotherapy',
        'Compared with': 'Conventional treatment',
        'Follow-up': '1 year',
      },
      bars: [
        { label: 'Ketamine psychedelic therapy', value: 'about 66%', width: '66%' },
        { label: 'Conventional treatment', value: 'about 24%', width: '24%' },
      ],
      text: 'Ketamine psychedelic therapy: about 66%. Conventional treatment: about 24%.',
      href: SEED_SOURCES.krupitsky,
      citation:
        'Krupitsky EM, Grinenko AY (1997 / 2002). Ketamine psychedelic therapy (KPT) for alcohol dependence and heroin addiction.',
    },
    {
      id: 'dakwar-2020',
      title: 'Dakwar et al., 2020',
      journal: 'Am J Psychiatry',
      facts: {
        Design: 'Randomised pilot trial, with midazolam as the active control',
        Dose: '0.71 mg/kg over 52 minutes',
        Sessions: 'One infusion',
        'Paired with': 'Motivational enhancement therapy',
        'Compared with': 'Midazolam (active control)',
        'Follow-up': '21 days',
      },
      href: SEED_SOURCES.dakwar2020,
      citation:
        'Dakwar E, et al. (2020). A single ketamine infusion combined with motivational enhancement therapy for alcohol use disorder: a randomized midazolam-controlled pilot trial. Am J Psychiatry.',
    },
    {
      id: 'grabski-2022',
      title: 'Grabski et al., 2022 (KARE)',
      journal: 'Am J Psychiatry',
      facts: {
        'Number of participants': '96',
        Dose: '0.8 mg/kg',
        Route: 'Intravenous (IV)',
        Sessions: 'Three infusions, one a week',
        'Paired with': 'Relapse-prevention–based psychological therapy',
        'Compared with': 'Placebo with alcohol education',
        'Follow-up': '6 months',
      },
      href: SEED_SOURCES.grabski2022,
      citation:
        'Grabski M, et al. (2022). Adjunctive ketamine with relapse prevention–based psychological therapy in the treatment of alcohol use disorder (KARE). Am J Psychiatry.',
    },
    {
      id: 'dakwar-2014',
      title: 'Dakwar et al., 2014',
      journal: 'Biol Psychiatry',
      facts: { 'Compared with': 'Active control' },
      href: SEED_SOURCES.dakwar2014,
      citation:
        'Dakwar E, et al. (2014). The effects of subanesthetic ketamine infusions on motivation to quit and cue-induced craving in cocaine-dependent research volunteers. Biol Psychiatry.',
    },
    {
      id: 'dakwar-2019',
      title: 'Dakwar et al., 2019',
      journal: 'Am J Psychiatry',
      facts: {
        Dose: '0.5 mg/kg',
        'Paired with': 'Mindfulness-based behavioural modification',
        'Compared with': 'Midazolam',
        'Follow-up': 'End of treatment',
      },
      bars: [
        { label: 'Ketamine', value: 'about 48.2%', width: '48.2%' },
        { label: 'Midazolam', value: 'about 10.7%', width: '10.7%' },
      ],
      text: 'Ketamine: about 48.2%. Midazolam: about 10.7%.',
      href: SEED_SOURCES.dakwar2019,
      citation:
        'Dakwar E, et al. (2019). A single ketamine infusion combined with mindfulness-based behavioral modification to treat cocaine dependence: a randomized clinical trial. Am J Psychiatry.',
    },
    {
      id: 'krupitsky-2007',
      title: 'Krupitsky, 2007',
      facts: {
        'Who took part': 'People with heroin dependence who had detoxified',
        'Paired with': 'Group counselling',
        'Compared with': 'Low-dose ketamine',
        'Follow-up': '1 month and 2 years',
      },
      href: SEED_SOURCES.krupitsky,
      citation:
        'Krupitsky EM, Grinenko AY (1997 / 2002). Ketamine psychedelic therapy (KPT) for alcohol dependence and heroin addiction.',
    },
    {
      id: 'bogenschutz-2022',
      title: 'Bogenschutz et al., 2022',
      journal: 'JAMA Psychiatry',
      facts: {
        Design: 'Randomised, double-blind trial',
        'Number of participants': '95',
        Dose: '25 mg/70 kg in the first session; 25 mg/70 kg or 30 mg/70 kg in the second',
        Sessions: 'Two psilocybin sessions',
        'Paired with': '12 weeks of manualised psychotherapy',
        'Compared with': 'Diphenhydramine (placebo) with the same psychotherapy',
        'Follow-up': '32 weeks',
      },
      bars: [
        { label: 'Psilocybin', value: '9.7%', width: '9.7%' },
        { label: 'Placebo (diphenhydramine)', value: '23.6%', width: '23.6%' },
      ],
      text: 'Psilocybin: 9.7%. Placebo (diphenhydramine): 23.6%.',
      lowerIsBetter: true,
      href: SEED_SOURCES.bogenschutz2022,
      citation:
        'Bogenschutz MP, et al. (2022). Psilocybin-assisted treatment for alcohol use disorder: a randomized clinical trial. JAMA Psychiatry.',
    },
  ];

  for (const expected of cases) {
    it(`${expected.id}: design, sample, dose, follow-up, result and source`, async () => {
      const el = await card(html`<evidence-card study=${expected.id}></evidence-card>`);
      expect(studyIds(el)).to.deep.equal([expected.id]);
      const found = study(el, expected.id);
      expect(words(found.querySelector('h2.study-title'))).to.equal(expected.title);
      expect(words(found.querySelector('.journal'))).to.equal(expected.journal ?? '');
      expect(facts(found)).to.include(expected.facts);
      if (expected.bars) {
        expect(bars(found)).to.deep.equal(expected.bars);
        expect(words(found.querySelector('.chart-text'))).to.equal(expected.text);
        expect(found.querySelector('.bars')!.getAttribute('aria-hidden')).to.equal('true');
      } else {
        expect(found.querySelector('.chart')).to.equal(null);
      }
      expect(words(found.querySelector('.lower-better'))).to.equal(
        expected.lowerIsBetter ? 'lower is better' : '',
      );
      expect(words(found.querySelector('cite'))).to.equal(expected.citation);
      expect(sourceLink(found).href).to.equal(expected.href);
      await expect(el).to.be.accessible();
    });
  }

  it('states each two-arm result in words too, with approximate figures kept approximate', async () => {
    const el = await card(html`<evidence-card study="dakwar-2019"></evidence-card>`);
    expect(words(study(el, 'dakwar-2019').querySelector('.outcome'))).to.equal(
      'Result: At the end of treatment, about 48.2% of the ketamine group were abstinent, against about 10.7% with midazolam: one of the clearest ketamine results published for a stimulant use disorder.',
    );
    const grabski = await card(html`<evidence-card study="grabski-2022"></evidence-card>`);
    expect(words(study(grabski, 'grabski-2022').querySelector('.outcome'))).to.contain(
      '6-month follow-up',
    );
  });

  it('shows no session count for Dakwar 2014, whose text and cited title disagree', async () => {
    for (const locale of ['en', 'fr']) {
      const el = await card(
        html`<evidence-card locale=${locale} study="dakwar-2014"></evidence-card>`,
      );
      const shown = facts(study(el, 'dakwar-2014'));
      expect(Object.keys(shown)).not.to.include.oneOf(['Sessions', 'Séances']);
      expect(words(study(el, 'dakwar-2014'))).not.to.match(/single dose|seule dose/i);
    }
  });

  it('shows readers Krupitsky 2007 and its link, not an editorial note about the source list', async () => {
    for (const locale of ['en', 'fr']) {
      const el = await card(
        html`<evidence-card locale=${locale} study="krupitsky-2007"></evidence-card>`,
      );
      const text = words(study(el, 'krupitsky-2007'));
      expect(text).not.to.match(/source list|liste de sources|names this trial|désigne cet essai/i);
      expect(sourceLink(study(el, 'krupitsky-2007')).href).to.equal(SEED_SOURCES.krupitsky);
    }
  });

  it('ends a psilocybin study shown alone with psilocybin’s cautions, not ketamine’s', async () => {
    const el = await card(html`<evidence-card study="bogenschutz-2022"></evidence-card>`);
    const caveats = words(root(el).querySelector('.caveats'));
    expect(caveats).to.contain('Schedule III substance under the CDSA');
    expect(caveats).to.contain('Special Access Program');
    expect(caveats).to.contain('not a Health Canada-approved indication');
    expect(caveats).not.to.contain('already detoxified');
    expect(caveats).not.to.contain('Ketamine');
    const fr = await card(
      html`<evidence-card locale="fr" study="bogenschutz-2022"></evidence-card>`,
    );
    expect(words(root(fr).querySelector('.caveats'))).to.contain('annexe III de la LRCDAS');
    // A ketamine study shown alone keeps the ketamine caveats.
    const ketamine = await card(html`<evidence-card study="dakwar-2020"></evidence-card>`);
    expect(words(root(ketamine).querySelector('.caveats'))).to.contain('already detoxified');
    await expect(el).to.be.accessible();
  });

  it('names the substance a single study belongs to', async () => {
    const el = await card(html`<evidence-card study="dakwar-2020"></evidence-card>`);
    expect(words(root(el).querySelector('.eyebrow'))).to.equal('Alcohol use disorder');
    const psilocybin = await card(html`<evidence-card study="bogenschutz-2022"></evidence-card>`);
    expect(words(root(psilocybin).querySelector('.eyebrow'))).to.equal(
      'Alcohol use disorder · How psilocybin compares',
    );
  });
});

describe('<evidence-card> sources', () => {
  it('opens every source in a new tab, safely, and says so', async () => {
    const el = await card(html`<evidence-card substance="alcohol" compare></evidence-card>`);
    const links = all(el, 'a') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).to.deep.equal([
      SEED_SOURCES.krupitsky,
      SEED_SOURCES.dakwar2020,
      SEED_SOURCES.grabski2022,
      SEED_SOURCES.bogenschutz2022,
    ]);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(words(link.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
    }
    expect(words(links[0])).to.equal('PubMed 12495789 (opens in a new tab)');
    expect(words(links[1])).to.equal('DOI 10.1176/appi.ajp.2019.18101123 (opens in a new tab)');
  });

  it('cites Dakwar 2014 from Biological Psychiatry, as the source list does', async () => {
    const el = await card(html`<evidence-card study="dakwar-2014"></evidence-card>`);
    const text = words(root(el).querySelector('.base'));
    expect(text).to.contain('Biol Psychiatry');
    expect(text).not.to.contain('American Journal of Psychiatry');
    expect(text).not.to.contain('Am J Psychiatry');
  });
});

describe('<evidence-card> in French', () => {
  it('shows the French pack with French figures, approximate ones still approximate', async () => {
    const el = await card(html`<evidence-card locale="fr" study="dakwar-2019"></evidence-card>`);
    const found = study(el, 'dakwar-2019');
    expect(words(found.querySelector('.study-title'))).to.equal('Dakwar et coll., 2019');
    expect(bars(found).map((b) => b.value)).to.deep.equal(['environ 48,2 %', 'environ 10,7 %']);
    expect(words(found.querySelector('.chart-text'))).to.equal(
      'Kétamine : environ 48,2 %. Midazolam : environ 10,7 %.',
    );
    expect(facts(found)).to.include({
      Dose: '0,5 mg/kg',
      'Comparé à': 'Midazolam',
      Suivi: 'Fin du traitement',
    });
    expect(words(found.querySelector('.outcome'))).to.contain('environ 48,2 % du groupe kétamine');
    expect(words(found.querySelector('.citation a .visually-hidden'))).to.equal(
      '(s’ouvre dans un nouvel onglet)',
    );
    expect(sourceLink(found).href).to.equal(SEED_SOURCES.dakwar2019);
    await expect(el).to.be.accessible();
  });

  it('keeps the seed’s figures in the French alcohol card', async () => {
    const el = await card(
      html`<evidence-card locale="fr" substance="alcohol" compare></evidence-card>`,
    );
    expect(words(root(el).querySelector('.card-title'))).to.equal('Trouble lié à l’usage d’alcool');
    const krupitsky = study(el, 'krupitsky-1997-2002');
    expect(facts(krupitsky)).to.include({
      Dose: 'Environ 2,0 mg/kg, une dose psychédélique',
      'Voie d’administration': 'Intramusculaire (IM)',
    });
    expect(bars(krupitsky).map((b) => b.value)).to.deep.equal(['environ 66 %', 'environ 24 %']);
    expect(facts(study(el, 'dakwar-2020'))).to.include({
      Dose: '0,71 mg/kg en 52 minutes',
      Suivi: '21 jours',
    });
    expect(facts(study(el, 'grabski-2022'))).to.include({
      'Nombre de participants': '96',
      Dose: '0,8 mg/kg',
      Séances: 'Trois perfusions, une par semaine',
      Suivi: '6 mois',
    });
    const bogenschutz = study(el, 'bogenschutz-2022');
    expect(facts(bogenschutz)).to.include({ 'Nombre de participants': '95', Suivi: '32 semaines' });
    expect(bars(bogenschutz).map((b) => b.value)).to.deep.equal(['9,7 %', '23,6 %']);
    expect(words(bogenschutz.querySelector('.lower-better'))).to.equal(
      'un chiffre plus bas est préférable',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the French strength levels and legend', async () => {
    const el = await card(html`<evidence-card locale="fr"></evidence-card>`);
    expect(all(el, '.substance .badge').map((b) => words(b))).to.deep.equal([
      'Données les plus solides',
      'Données modérées',
      'Données limitées',
      'Données minimales',
    ]);
    expect(words(root(el).querySelector('.legend .section-title'))).to.equal(
      'Ce que signifient les niveaux de preuve',
    );
    await expect(el).to.be.accessible();
  });

  it('follows a change of language', async () => {
    const el = await card(html`<evidence-card substance="opioids"></evidence-card>`);
    expect(words(root(el).querySelector('.card-title'))).to.equal('Opioid use disorder');
    el.locale = 'fr';
    await el.updateComplete;
    expect(words(root(el).querySelector('.card-title'))).to.equal(
      'Trouble lié à l’usage d’opioïdes',
    );
    expect(words(root(el).querySelector('.head .badge'))).to.equal('Données limitées');
  });

  it('reads its built-in pack again in French when a wrapper’s lang changes', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><evidence-card substance="alcohol"></evidence-card></div>`,
    );
    const el = wrapper.querySelector<EvidenceCard>('evidence-card')!;
    await el.updateComplete;
    expect(words(root(el).querySelector('.card-title'))).to.equal('Alcohol use disorder');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(
      () => words(root(el).querySelector('.card-title')) === 'Trouble lié à l’usage d’alcool',
      'the card turns French',
    );
    await el.updateComplete;
    expect(words(root(el).querySelector('.head .badge'))).to.equal('Données les plus solides');
    expect(bars(study(el, 'krupitsky-1997-2002')).map((b) => b.value)).to.deep.equal([
      'environ 66 %',
      'environ 24 %',
    ]);
  });
});

describe('<evidence-card variant="compact">', () => {
  it('keeps the key figures, folds the details, and fits a 320px sidebar', async () => {
    const el = await card(
      html`<div style="width: 320px">
        <evidence-card substance="alcohol" variant="compact"></evidence-card>
      </div>`,
    ).then((wrapper) => (wrapper as unknown as HTMLElement).querySelector('evidence-card')!);
    await el.updateComplete;
    expect(root(el).querySelector('.base')!.classList.contains('compact')).to.equal(true);
    expect(all(el, '.facts')).to.have.length(0);
    expect(bars(study(el, 'krupitsky-1997-2002')).map((b) => b.value)).to.deep.equal([
      'about 66%',
      'about 24%',
    ]);
    expect(all(el, '.citation a')).to.have.length(3);
    const legend = root(el).querySelector<HTMLDetailsElement>('details.legend')!;
    const caveats = root(el).querySelector<HTMLDetailsElement>('details.caveats')!;
    expect(legend.open).to.equal(false);
    expect(caveats.open).to.equal(false);
    const base = root(el).querySelector<HTMLElement>('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
    legend.open = true;
    caveats.open = true;
    expect(words(legend)).to.contain('Strongest evidence');
    await expect(el).to.be.accessible();
  });

  it('unfolds the legend from the keyboard', async () => {
    const el = await card(html`<evidence-card variant="compact"></evidence-card>`);
    const legend = root(el).querySelector<HTMLDetailsElement>('details.legend')!;
    legend.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(legend.open).to.equal(true);
    expect(words(legend)).to.contain('Little or no published randomised-trial evidence.');
  });

  it('shows a compact overview with the strengths and the legend to unfold', async () => {
    const el = await card(html`<evidence-card variant="compact"></evidence-card>`);
    expect(all(el, '.substance .badge')).to.have.length(4);
    expect(all(el, '.substance .summary')).to.have.length(0);
    expect(root(el).querySelector('details.legend summary')!.textContent!.trim()).to.equal(
      'What the strength levels mean',
    );
    await expect(el).to.be.accessible();
  });

  it('does not scroll sideways at 320px in the full variant either', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <evidence-card substance="alcohol" compare></evidence-card>
      </div>`,
    );
    const el = wrapper.querySelector('evidence-card')!;
    await el.updateComplete;
    const base = root(el).querySelector<HTMLElement>('.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const chart of all(el, '.chart') as HTMLElement[]) {
      expect(chart.scrollWidth).to.be.at.most(chart.clientWidth);
    }
  });
});

describe('<evidence-card> attributes an author can get wrong', () => {
  it('falls back to the overview for an unknown substance, and says why', async () => {
    const { errors: messages, restore } = quietErrors();
    let el: EvidenceCard;
    try {
      el = await card(html`<evidence-card substance="tobacco"></evidence-card>`);
    } finally {
      restore();
    }
    expect(all(el, '.substance')).to.have.length(4);
    expect(messages).to.deep.equal([
      '<evidence-card>: substance "tobacco" is not in the evidence; use one of: alcohol, cocaine, opioids, other.',
    ]);
  });

  it('falls back to the overview for an unknown study, or to its substance when one is given', async () => {
    const { errors: messages, restore } = quietErrors();
    let overview: EvidenceCard;
    let substance: EvidenceCard;
    try {
      overview = await card(html`<evidence-card study="dakwar-2017"></evidence-card>`);
      substance = await card(
        html`<evidence-card study="dakwar-2017" substance="cocaine"></evidence-card>`,
      );
    } finally {
      restore();
    }
    expect(all(overview, '.substance')).to.have.length(4);
    expect(words(root(substance).querySelector('.card-title'))).to.equal('Cocaine use disorder');
    expect(messages[0]).to.equal(
      `<evidence-card>: study "dakwar-2017" is not in the evidence; use one of: ${STUDY_IDS.join(', ')}.`,
    );
  });

  it('sets the heading levels from heading-level, and follows the page for a bad one', async () => {
    const el = await card(
      html`<evidence-card substance="cocaine" heading-level="2"></evidence-card>`,
    );
    expect(root(el).querySelector('.card-title')!.localName).to.equal('h2');
    expect(root(el).querySelector('.section-title')!.localName).to.equal('h3');
    expect(root(el).querySelector('.study-title')!.localName).to.equal('h4');
    const { errors: messages, restore } = quietErrors();
    try {
      const bad = await card(
        html`<evidence-card heading-level="9" variant="wide"></evidence-card>`,
      );
      // No heading before it in the test page: level 2.
      expect(root(bad).querySelector('.card-title')!.localName).to.equal('h2');
      expect(root(bad).querySelector('.base')!.classList.contains('full')).to.equal(true);
    } finally {
      restore();
    }
    expect(messages).to.deep.equal([
      '<evidence-card>: variant "wide" is not known; use full or compact.',
      `<evidence-card>: heading-level "9" must be a whole number from 1 to 6; the level follows the page's headings instead.`,
    ]);
  });
});

describe('<evidence-card> custom evidence', () => {
  it('shows a clinic’s own evidence from a JSON child', async () => {
    const data = jsonChild(customEvidence());
    const el = await card(
      html`<evidence-card substance="alcohol"
        ><script type="application/json">
          ${data}
        </script></evidence-card
      >`,
    );
    expect(el.content.source).to.equal('json');
    expect(words(root(el).querySelector('.card-title'))).to.equal('Alcohol (our clinic)');
    expect(words(root(el).querySelector('.head .badge'))).to.equal('Moderate evidence');
    const own = study(el, 'own-2024');
    expect(facts(own)).to.include({ 'Number of participants': '12' });
    expect(bars(own)).to.deep.equal([
      { label: 'Before', value: '40%', width: '40%' },
      { label: 'After', value: '20%', width: '20%' },
    ]);
    expect(sourceLink(own).textContent).to.contain('example.org');
    await expect(el).to.be.accessible();
  });

  it('loads a clinic’s own evidence from src', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(customEvidence())], { type: 'application/json' }),
    );
    const el = await card(html`<evidence-card src=${url} study="own-2024"></evidence-card>`);
    // A fetch is not part of updateComplete: wait for the controller, a frame at a time.
    await new Promise<void>((resolve) => {
      const poll = () => (el.content.status === 'ready' ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    await el.updateComplete;
    expect(el.content.source).to.equal('src');
    expect(studyIds(el)).to.deep.equal(['own-2024']);
    expect(words(root(el).querySelector('.eyebrow'))).to.equal('Alcohol (our clinic)');
  });

  it('reports invalid evidence by path, and shows a neutral notice instead of breaking', async () => {
    const bad = customEvidence();
    (bad.substances[0] as { strength: string }).strength = 'huge';
    bad.substances[0]!.studies = ['own-2024', 'missing-1999'];
    const { errors: messages, restore } = quietErrors();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const heard = oneEvent(wrapper, 'content-error');
      const el = document.createElement('evidence-card');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bad);
      el.append(script);
      wrapper.append(el);
      const event = (await heard) as CustomEvent<ContentErrorDetail>;
      expect(event.detail.source).to.equal('json');
      expect(event.detail.issues).to.deep.equal([
        {
          path: 'substances[0].strength',
          message: 'expected one of "strongest", "moderate", "limited", "minimal"',
        },
      ]);
      await el.updateComplete;
      expect(words(root(el).querySelector('.content-notice'))).to.equal(
        'Some of this content could not be shown.',
      );
      await expect(el).to.be.accessible();

      // Fixed strength, but a study id that does not exist: named by its path too.
      const next = oneEvent(wrapper, 'content-error');
      bad.substances[0]!.strength = 'limited';
      script.textContent = JSON.stringify(bad);
      const second = (await next) as CustomEvent<ContentErrorDetail>;
      expect(second.detail.issues).to.deep.equal([
        { path: 'substances[0].studies[1]', message: 'no study has the id "missing-1999"' },
      ]);

      // Fixing it shows the evidence again, live.
      bad.substances[0]!.studies = ['own-2024'];
      script.textContent = JSON.stringify(bad);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(el.content.status).to.equal('ready');
      expect(words(root(el).querySelector('.head .badge'))).to.equal('Limited evidence');
    } finally {
      restore();
    }
    expect(messages.some((m) => m.includes('substances[0].strength'))).to.equal(true);
  });

  it('shows markup in custom text as text, never running it', async () => {
    const payload = '<img src=x onerror="window.__evidenceCardPwned = true">';
    const data = customEvidence();
    data.substances[0]!.summary = `Summary ${payload}`;
    data.studies[0]!.outcome = payload;
    data.studies[0]!.chart!.arms[0]!.label = payload;
    data.sources[0]!.title = payload;
    const el = await card(
      html`<evidence-card substance="alcohol"
        ><script type="application/json">
          ${jsonChild(data)}
        </script></evidence-card
      >`,
    );
    // Give a created image the chance to fail and fire its handler, had one been created.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(root(el).querySelectorAll('img')).to.have.length(0);
    expect(document.querySelectorAll('img')).to.have.length(0);
    expect((window as { __evidenceCardPwned?: boolean }).__evidenceCardPwned).to.equal(undefined);
    expect(words(root(el).querySelector('.summary'))).to.equal(`Summary ${payload}`);
    expect(words(study(el, 'own-2024').querySelector('.outcome'))).to.equal(`Result: ${payload}`);
    expect(words(study(el, 'own-2024').querySelector('.chart-text'))).to.contain(payload);
    await expect(el).to.be.accessible();
  });
});
