import { evidenceIn, type EvidenceWords } from './neutral.js';

/** The English words of the evidence review (figures and sources: `neutral.ts`). */
const words: EvidenceWords = {
  substances: {
    alcohol: {
      name: 'Alcohol use disorder',
      summary:
        'The strongest evidence for ketamine in addiction. In people who had already detoxified and stabilised, ketamine given together with psychological therapy helped them stay abstinent for longer. The effects are meaningful, but what was studied is ketamine with therapy, not ketamine on its own.',
      comparison: {
        title: 'How psilocybin compares',
        summary:
          'Psilocybin has stronger randomised-trial evidence for alcohol use disorder than ketamine. Ketamine is easier to reach, because its off-label use is legal, while psilocybin goes through Health Canada’s Special Access Program. Which one fits depends on the access route, how urgent treatment is, and whether a prescriber is willing to apply for special access.',
        points: [
          'In Canada, psilocybin is a Schedule III substance under the CDSA. Medical use is possible through Health Canada’s Special Access Program (SAP): each approval is decided case by case, requested by a prescriber, and limited in number.',
          'Alcohol use disorder is not a Health Canada-approved indication for psilocybin; special access has more often been granted for end-of-life distress and treatment-resistant depression.',
          'This comparison is here so the choice can be framed honestly, not to promote psilocybin.',
        ],
      },
    },
    cocaine: {
      name: 'Cocaine use disorder',
      summary:
        'The Dakwar group’s trials (2014, 2017 and 2019) are a meaningful proof of concept in people who had detoxified and were engaged in treatment. Replication and longer studies are still needed.',
    },
    opioids: {
      name: 'Opioid use disorder',
      summary:
        'Very limited evidence. Standard care remains buprenorphine, methadone or extended-release naltrexone with psychosocial support. Current Canadian guidelines do not consider ketamine a credible first- or second-line treatment for opioid use disorder.',
    },
    other: {
      name: 'Other substances',
      summary:
        'Cannabis, methamphetamine and benzodiazepine use disorders have minimal published randomised-trial evidence for ketamine. They are generally evaluated case by case.',
    },
  },
  studies: {
    'krupitsky-1997-2002': {
      authors: 'Krupitsky and Grinenko',
      journal: 'J Psychoactive Drugs and later reports',
      design:
        'Russian ketamine psychedelic therapy (KPT) programme compared with conventional treatment. Foundational, but its methods are dated.',
      population: 'Inpatients with alcohol dependence, detoxified before treatment',
      intervention: {
        treatment: 'Ketamine psychedelic therapy (KPT)',
        dose: 'About 2.0 mg/kg, a psychedelic dose',
        route: 'Intramuscular (IM)',
        therapy: 'Existential psychotherapy',
      },
      comparator: 'Conventional treatment',
      followUp: '1 year',
      outcome:
        'After one year, about 66% of the KPT group were abstinent, against about 24% of those given conventional treatment.',
      chart: {
        measure: 'Abstinent after one year',
        arms: ['Ketamine psychedelic therapy', 'Conventional treatment'],
      },
      note: 'Its high doses and clinical model differ from today’s ketamine-assisted psychotherapy.',
    },
    'dakwar-2020': {
      authors: 'Dakwar et al.',
      journal: 'Am J Psychiatry',
      design: 'Randomised pilot trial, with midazolam as the active control',
      population: 'Adults with alcohol use disorder',
      intervention: {
        treatment: 'A single ketamine infusion with motivational enhancement therapy',
        dose: '0.71 mg/kg over 52 minutes',
        route: 'Intravenous infusion',
        sessions: 'One infusion',
        therapy: 'Motivational enhancement therapy',
      },
      comparator: 'Midazolam (active control)',
      followUp: '21 days',
      outcome:
        'Over the 21 days of follow-up, the ketamine group had significantly more days abstinent and a longer time before relapse.',
    },
    'grabski-2022': {
      authors: 'Grabski et al.',
      journal: 'Am J Psychiatry',
      design:
        'Randomised, placebo-controlled trial in the UK: the most rigorous trial of ketamine for alcohol use disorder to date',
      population: 'Patients with alcohol use disorder who had detoxified',
      intervention: {
        treatment: 'Ketamine infusions with psychological therapy',
        dose: '0.8 mg/kg',
        route: 'Intravenous (IV)',
        sessions: 'Three infusions, one a week',
        therapy: 'Relapse-prevention–based psychological therapy',
      },
      comparator: 'Placebo with alcohol education',
      followUp: '6 months',
      outcome:
        'Ketamine with therapy gave significantly more days abstinent at the 6-month follow-up than placebo with alcohol education.',
    },
    'dakwar-2014': {
      authors: 'Dakwar et al.',
      // No session count: the article's text says a single dose, its cited title infusions.
      journal: 'Biol Psychiatry',
      design: 'Randomised trial against an active control: the first US trial of its kind',
      population: 'People with cocaine dependence',
      intervention: {
        treatment: 'Subanaesthetic ketamine',
      },
      comparator: 'Active control',
      outcome: 'Cocaine craving and use fell significantly more than with the active control.',
    },
    'dakwar-2019': {
      authors: 'Dakwar et al.',
      journal: 'Am J Psychiatry',
      design: 'Randomised clinical trial, with midazolam as the control',
      population: 'People with cocaine dependence',
      intervention: {
        treatment: 'A single ketamine infusion with mindfulness-based behavioural modification',
        dose: '0.5 mg/kg',
        route: 'Intravenous infusion',
        sessions: 'One infusion',
        therapy: 'Mindfulness-based behavioural modification',
      },
      comparator: 'Midazolam',
      followUp: 'End of treatment',
      outcome:
        'At the end of treatment, about 48.2% of the ketamine group were abstinent, against about 10.7% with midazolam: one of the clearest ketamine results published for a stimulant use disorder.',
      chart: {
        measure: 'Abstinent at the end of treatment',
        arms: ['Ketamine', 'Midazolam'],
      },
    },
    'krupitsky-2007': {
      authors: 'Krupitsky',
      design: 'Randomised trials comparing higher-dose with low-dose ketamine',
      population: 'People with heroin dependence who had detoxified',
      intervention: {
        treatment: 'Ketamine psychedelic therapy',
        therapy: 'Group counselling',
      },
      comparator: 'Low-dose ketamine',
      followUp: '1 month and 2 years',
      outcome:
        'At 1 month and at 2 years, abstinence was higher in the higher-dose ketamine groups than with the low dose.',
      // The article names this trial Krupitsky 2007; its source list has one entry for
      // Krupitsky's alcohol and heroin reports (PubMed 12495789), linked in neutral.ts.
      note: 'Older methods, not repeated at scale since.',
    },
    'bogenschutz-2022': {
      authors: 'Bogenschutz et al.',
      journal: 'JAMA Psychiatry',
      design: 'Randomised, double-blind trial',
      population: 'Patients with alcohol use disorder',
      intervention: {
        treatment: 'Psilocybin with psychotherapy',
        dose: '25 mg/70 kg in the first session; 25 mg/70 kg or 30 mg/70 kg in the second',
        sessions: 'Two psilocybin sessions',
        therapy: '12 weeks of manualised psychotherapy',
      },
      comparator: 'Diphenhydramine (placebo) with the same psychotherapy',
      followUp: '32 weeks',
      outcome:
        'Over 32 weeks, heavy drinking days averaged 9.7% with psilocybin against 23.6% with placebo: a robust difference between the groups.',
      chart: {
        measure: 'Heavy drinking days over 32 weeks (mean)',
        arms: ['Psilocybin', 'Placebo (diphenhydramine)'],
      },
      // Psilocybin's own cautions: the review's caveats are about ketamine.
      caveats: [
        'In Canada, psilocybin is a Schedule III substance under the CDSA. Medical use is possible only through Health Canada’s Special Access Program (SAP): each approval is decided case by case, requested by a prescriber, and limited in number.',
        'Alcohol use disorder is not a Health Canada-approved indication for psilocybin.',
      ],
    },
  },
  caveats: [
    'Every trial enrolled people who had already detoxified and stabilised. Active substance use is normally a reason not to give ketamine.',
    'In Canada ketamine is approved as an anaesthetic: every psychiatric use, any substance use disorder included, is off-label. Spravato (esketamine) is approved only for treatment-resistant depression and has no substance use indication.',
    'Ketamine is not a detox treatment. It does not replace standard medication (buprenorphine or methadone for opioid use disorder; naltrexone or acamprosate for alcohol use disorder) or community recovery support such as AA, SMART Recovery or peer groups.',
  ],
};

export default evidenceIn(words);
