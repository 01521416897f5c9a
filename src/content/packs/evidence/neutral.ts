import type { Strength } from '../../evidence-strengths.js';
import type {
  Evidence,
  EvidenceChart,
  EvidenceSource,
  EvidenceStudy,
  EvidenceSubstance,
} from '../../evidence.js';

/**
 * The built-in evidence review, written from the clinic's article "Ketamine Therapy for
 * Addiction" (its evidence by substance, psilocybin comparison and source list). This module
 * holds what every language shares, once: ids, strengths, years, sample sizes, chart figures
 * and the source list; `en.ts` and `fr.ts` hold the words, keyed by the same ids (a study
 * missing from one is a compile error), and each builds its locale's pack with `evidenceIn`.
 * Figures, doses, sample sizes and addresses are the article's; the prose is ours. Checked
 * against `evidenceSchema` in the tests.
 *
 * Citation notes: Dakwar 2014 is cited as Biol Psychiatry (the article's source list, not
 * its text). The article's source list has one Krupitsky entry (1997 / 2002) for both the
 * alcohol and the heroin reports; the alcohol and the opioid (Krupitsky 2007) studies both
 * link it. Dakwar 2017 is named in the cocaine summary only (no details, no source).
 */

export type SubstanceId = 'alcohol' | 'cocaine' | 'opioids' | 'other';
export type StudyId =
  | 'krupitsky-1997-2002'
  | 'dakwar-2020'
  | 'grabski-2022'
  | 'dakwar-2014'
  | 'dakwar-2019'
  | 'krupitsky-2007'
  | 'bogenschutz-2022';

interface SubstanceFigures {
  id: SubstanceId;
  strength: Strength;
  studies: StudyId[];
  comparison?: { studies: StudyId[] };
}

interface StudyFigures {
  id: StudyId;
  year: EvidenceStudy['year'];
  trial?: string;
  sampleSize?: number;
  source: string;
  chart?: { lowerIsBetter?: boolean; arms: { percent: number; approx?: boolean }[] };
}

/** One locale's words for the review, keyed by the ids above. */
export interface EvidenceWords {
  substances: Record<
    SubstanceId,
    Pick<EvidenceSubstance, 'name' | 'summary' | 'caveats'> & {
      comparison?: Omit<NonNullable<EvidenceSubstance['comparison']>, 'studies'>;
    }
  >;
  studies: Record<
    StudyId,
    Omit<EvidenceStudy, 'id' | 'year' | 'trial' | 'sampleSize' | 'source' | 'chart'> & {
      /** What the chart measures, and each arm's label in the order of its figures. */
      chart?: { measure: string; arms: string[] };
    }
  >;
  caveats: string[];
}

const substances: SubstanceFigures[] = [
  {
    id: 'alcohol',
    strength: 'strongest',
    studies: ['krupitsky-1997-2002', 'dakwar-2020', 'grabski-2022'],
    comparison: {
      studies: ['bogenschutz-2022'],
    },
  },
  {
    id: 'cocaine',
    strength: 'moderate',
    studies: ['dakwar-2014', 'dakwar-2019'],
  },
  {
    id: 'opioids',
    strength: 'limited',
    studies: ['krupitsky-2007'],
  },
  {
    id: 'other',
    strength: 'minimal',
    studies: [],
  },
];

const studies: StudyFigures[] = [
  {
    id: 'krupitsky-1997-2002',
    year: '1997 / 2002',
    source: 'krupitsky-1997-2002',
    chart: {
      arms: [
        {
          percent: 66,
          approx: true,
        },
        {
          percent: 24,
          approx: true,
        },
      ],
    },
  },
  {
    id: 'dakwar-2020',
    year: 2020,
    source: 'dakwar-2020',
  },
  {
    id: 'grabski-2022',
    year: 2022,
    trial: 'KARE',
    sampleSize: 96,
    source: 'grabski-2022',
  },
  {
    id: 'dakwar-2014',
    year: 2014,
    source: 'dakwar-2014',
  },
  {
    id: 'dakwar-2019',
    year: 2019,
    source: 'dakwar-2019',
    chart: {
      arms: [
        {
          percent: 48.2,
          approx: true,
        },
        {
          percent: 10.7,
          approx: true,
        },
      ],
    },
  },
  {
    id: 'krupitsky-2007',
    year: 2007,
    source: 'krupitsky-1997-2002',
  },
  {
    id: 'bogenschutz-2022',
    year: 2022,
    sampleSize: 95,
    source: 'bogenschutz-2022',
    chart: {
      lowerIsBetter: true,
      arms: [
        {
          percent: 9.7,
        },
        {
          percent: 23.6,
        },
      ],
    },
  },
];

/**
 * The article's source list (entries 2–6 and 9): the same citations in every language. Written
 * here once: the built-in source list (`sources-ketamine-addiction`) takes these entries from
 * this list rather than a copy of its own.
 */
export const evidenceSources: EvidenceSource[] = [
  {
    id: 'krupitsky-1997-2002',
    authors: 'Krupitsky EM, Grinenko AY',
    year: '1997 / 2002',
    title: 'Ketamine psychedelic therapy (KPT) for alcohol dependence and heroin addiction',
    url: 'https://pubmed.ncbi.nlm.nih.gov/12495789/',
    label: 'PubMed 12495789',
  },
  {
    id: 'dakwar-2014',
    authors: 'Dakwar E, et al.',
    year: 2014,
    title:
      'The effects of subanesthetic ketamine infusions on motivation to quit and cue-induced craving in cocaine-dependent research volunteers',
    journal: 'Biol Psychiatry',
    url: 'https://pubmed.ncbi.nlm.nih.gov/23845443/',
    label: 'PubMed 23845443',
  },
  {
    id: 'dakwar-2019',
    authors: 'Dakwar E, et al.',
    year: 2019,
    title:
      'A single ketamine infusion combined with mindfulness-based behavioral modification to treat cocaine dependence: a randomized clinical trial',
    journal: 'Am J Psychiatry',
    url: 'https://pubmed.ncbi.nlm.nih.gov/31230464/',
    label: 'PubMed 31230464',
  },
  {
    id: 'dakwar-2020',
    authors: 'Dakwar E, et al.',
    year: 2020,
    title:
      'A single ketamine infusion combined with motivational enhancement therapy for alcohol use disorder: a randomized midazolam-controlled pilot trial',
    journal: 'Am J Psychiatry',
    url: 'https://psychiatryonline.org/doi/full/10.1176/appi.ajp.2019.18101123',
    label: 'DOI 10.1176/appi.ajp.2019.18101123',
  },
  {
    id: 'grabski-2022',
    authors: 'Grabski M, et al.',
    year: 2022,
    title:
      'Adjunctive ketamine with relapse prevention–based psychological therapy in the treatment of alcohol use disorder (KARE)',
    journal: 'Am J Psychiatry',
    url: 'https://pubmed.ncbi.nlm.nih.gov/34855456/',
    label: 'PubMed 34855456',
  },
  {
    id: 'bogenschutz-2022',
    authors: 'Bogenschutz MP, et al.',
    year: 2022,
    title: 'Psilocybin-assisted treatment for alcohol use disorder: a randomized clinical trial',
    journal: 'JAMA Psychiatry',
    url: 'https://jamanetwork.com/journals/jamapsychiatry/fullarticle/2795625',
    label: 'JAMA Network',
  },
];

/** One locale's pack: the shared figures and sources with that locale's words. */
export function evidenceIn(words: EvidenceWords): Evidence {
  return {
    substances: substances.map(({ comparison, ...figures }) => {
      const { comparison: text, ...said } = words.substances[figures.id];
      return {
        ...figures,
        ...said,
        studies: [...figures.studies],
        ...(comparison && text
          ? { comparison: { ...text, studies: [...comparison.studies] } }
          : {}),
      };
    }),
    studies: studies.map(({ chart, ...figures }) => {
      const { chart: text, ...said } = words.studies[figures.id];
      return {
        ...figures,
        ...said,
        ...(chart && text ? { chart: chartIn(chart, text) } : {}),
      };
    }),
    sources: evidenceSources,
    caveats: words.caveats,
  };
}

function chartIn(
  chart: NonNullable<StudyFigures['chart']>,
  text: { measure: string; arms: string[] },
): EvidenceChart {
  return {
    measure: text.measure,
    ...(chart.lowerIsBetter ? { lowerIsBetter: true } : {}),
    arms: chart.arms.map((arm, i) => ({ label: text.arms[i]!, ...arm })),
  };
}
