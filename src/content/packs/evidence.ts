import type { Locale } from '../../context/clinic-context.js';
import type { Evidence, EvidenceSource } from '../evidence.js';

/**
 * The built-in evidence review, written from the clinic's article "Ketamine Therapy for
 * Addiction" (its evidence by substance, psilocybin comparison and source list), in English
 * and Canadian French. Figures, doses, sample sizes and addresses are the article's; the
 * prose is ours. Checked against `evidenceSchema` in the tests.
 *
 * Citation notes: Dakwar 2014 is cited as Biol Psychiatry (the article's source list, not
 * its text). The article's source list has one Krupitsky entry (1997 / 2002) for both the
 * alcohol and the heroin reports; the alcohol and the opioid (Krupitsky 2007) studies both
 * link it. Dakwar 2017 is named in the cocaine summary only (no details, no source).
 */

/** The article's source list (entries 2–6 and 9): the same citations in both languages. */
const sources: EvidenceSource[] = [
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

export const evidencePack: Record<Locale, Evidence> = {
  en: {
    substances: [
      {
        id: 'alcohol',
        name: 'Alcohol use disorder',
        strength: 'strongest',
        summary:
          'The strongest evidence for ketamine in addiction. In people who had already detoxified and stabilised, ketamine given together with psychological therapy helped them stay abstinent for longer. The effects are meaningful, but what was studied is ketamine with therapy, not ketamine on its own.',
        studies: ['krupitsky-1997-2002', 'dakwar-2020', 'grabski-2022'],
        comparison: {
          title: 'How psilocybin compares',
          summary:
            'Psilocybin has stronger randomised-trial evidence for alcohol use disorder than ketamine. Ketamine is easier to reach, because its off-label use is legal, while psilocybin goes through Health Canada’s Special Access Program. Which one fits depends on the access route, how urgent treatment is, and whether a prescriber is willing to apply for special access.',
          studies: ['bogenschutz-2022'],
          points: [
            'In Canada, psilocybin is a Schedule III substance under the CDSA. Medical use is possible through Health Canada’s Special Access Program (SAP): each approval is decided case by case, requested by a prescriber, and limited in number.',
            'Alcohol use disorder is not a Health Canada-approved indication for psilocybin; special access has more often been granted for end-of-life distress and treatment-resistant depression.',
            'This comparison is here so the choice can be framed honestly, not to promote psilocybin.',
          ],
        },
      },
      {
        id: 'cocaine',
        name: 'Cocaine use disorder',
        strength: 'moderate',
        summary:
          'The Dakwar group’s trials (2014, 2017 and 2019) are a meaningful proof of concept in people who had detoxified and were engaged in treatment. Replication and longer studies are still needed.',
        studies: ['dakwar-2014', 'dakwar-2019'],
      },
      {
        id: 'opioids',
        name: 'Opioid use disorder',
        strength: 'limited',
        summary:
          'Very limited evidence. Standard care remains buprenorphine, methadone or extended-release naltrexone with psychosocial support. Current Canadian guidelines do not consider ketamine a credible first- or second-line treatment for opioid use disorder.',
        studies: ['krupitsky-2007'],
      },
      {
        id: 'other',
        name: 'Other substances',
        strength: 'minimal',
        summary:
          'Cannabis, methamphetamine and benzodiazepine use disorders have minimal published randomised-trial evidence for ketamine. They are generally evaluated case by case.',
        studies: [],
      },
    ],
    studies: [
      {
        id: 'krupitsky-1997-2002',
        authors: 'Krupitsky and Grinenko',
        year: '1997 / 2002',
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
          arms: [
            { label: 'Ketamine psychedelic therapy', percent: 66, approx: true },
            { label: 'Conventional treatment', percent: 24, approx: true },
          ],
        },
        note: 'Its high doses and clinical model differ from today’s ketamine-assisted psychotherapy.',
        source: 'krupitsky-1997-2002',
      },
      {
        id: 'dakwar-2020',
        authors: 'Dakwar et al.',
        year: 2020,
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
        source: 'dakwar-2020',
      },
      {
        id: 'grabski-2022',
        authors: 'Grabski et al.',
        year: 2022,
        trial: 'KARE',
        journal: 'Am J Psychiatry',
        design:
          'Randomised, placebo-controlled trial in the UK: the most rigorous trial of ketamine for alcohol use disorder to date',
        population: 'Patients with alcohol use disorder who had detoxified',
        sampleSize: 96,
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
        source: 'grabski-2022',
      },
      {
        id: 'dakwar-2014',
        authors: 'Dakwar et al.',
        year: 2014,
        journal: 'Biol Psychiatry',
        design: 'Randomised trial against an active control: the first US trial of its kind',
        population: 'People with cocaine dependence',
        // No session count: the article's text says a single dose, its cited title infusions.
        intervention: {
          treatment: 'Subanaesthetic ketamine',
        },
        comparator: 'Active control',
        outcome: 'Cocaine craving and use fell significantly more than with the active control.',
        source: 'dakwar-2014',
      },
      {
        id: 'dakwar-2019',
        authors: 'Dakwar et al.',
        year: 2019,
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
          arms: [
            { label: 'Ketamine', percent: 48.2, approx: true },
            { label: 'Midazolam', percent: 10.7, approx: true },
          ],
        },
        source: 'dakwar-2019',
      },
      {
        id: 'krupitsky-2007',
        authors: 'Krupitsky',
        year: 2007,
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
        // Krupitsky's alcohol and heroin reports (PubMed 12495789), linked here.
        note: 'Older methods, not repeated at scale since.',
        source: 'krupitsky-1997-2002',
      },
      {
        id: 'bogenschutz-2022',
        authors: 'Bogenschutz et al.',
        year: 2022,
        journal: 'JAMA Psychiatry',
        design: 'Randomised, double-blind trial',
        population: 'Patients with alcohol use disorder',
        sampleSize: 95,
        intervention: {
          treatment: 'Psilocybin with psychotherapy',
          dose: '25 mg/70 kg in the first session; 25 mg/70 kg or 30 mg/70 kg in the second',
          sessions: 'Two psilocybin sessions',
          therapy: '12 weeks of manualised psychotherapy',
        },
        // Psilocybin's own cautions: the review's caveats are about ketamine.
        caveats: [
          'In Canada, psilocybin is a Schedule III substance under the CDSA. Medical use is possible only through Health Canada’s Special Access Program (SAP): each approval is decided case by case, requested by a prescriber, and limited in number.',
          'Alcohol use disorder is not a Health Canada-approved indication for psilocybin.',
        ],
        comparator: 'Diphenhydramine (placebo) with the same psychotherapy',
        followUp: '32 weeks',
        outcome:
          'Over 32 weeks, heavy drinking days averaged 9.7% with psilocybin against 23.6% with placebo: a robust difference between the groups.',
        chart: {
          measure: 'Heavy drinking days over 32 weeks (mean)',
          lowerIsBetter: true,
          arms: [
            { label: 'Psilocybin', percent: 9.7 },
            { label: 'Placebo (diphenhydramine)', percent: 23.6 },
          ],
        },
        source: 'bogenschutz-2022',
      },
    ],
    sources,
    caveats: [
      'Every trial enrolled people who had already detoxified and stabilised. Active substance use is normally a reason not to give ketamine.',
      'In Canada ketamine is approved as an anaesthetic: every psychiatric use, any substance use disorder included, is off-label. Spravato (esketamine) is approved only for treatment-resistant depression and has no substance use indication.',
      'Ketamine is not a detox treatment. It does not replace standard medication (buprenorphine or methadone for opioid use disorder; naltrexone or acamprosate for alcohol use disorder) or community recovery support such as AA, SMART Recovery or peer groups.',
    ],
  },
  fr: {
    substances: [
      {
        id: 'alcohol',
        name: 'Trouble lié à l’usage d’alcool',
        strength: 'strongest',
        summary:
          'Les données les plus solides sur la kétamine en dépendance. Chez des personnes qui avaient déjà fait leur sevrage et s’étaient stabilisées, la kétamine associée à une thérapie psychologique les a aidées à rester abstinentes plus longtemps. Les effets sont appréciables, mais ce qui a été étudié, c’est la kétamine avec une thérapie, pas la kétamine seule.',
        studies: ['krupitsky-1997-2002', 'dakwar-2020', 'grabski-2022'],
        comparison: {
          title: 'Comparaison avec la psilocybine',
          summary:
            'Pour le trouble lié à l’usage d’alcool, la psilocybine s’appuie sur des essais randomisés plus solides que la kétamine. La kétamine est plus accessible, parce que son usage hors indication est légal, alors que la psilocybine passe par le Programme d’accès spécial de Santé Canada. Le bon choix dépend de la voie d’accès, de l’urgence du traitement et de la volonté d’un prescripteur de présenter une demande d’accès spécial.',
          studies: ['bogenschutz-2022'],
          points: [
            'Au Canada, la psilocybine figure à l’annexe III de la LRCDAS. Son usage médical est possible par le Programme d’accès spécial (PAS) de Santé Canada\u00a0: chaque autorisation est décidée au cas par cas, demandée par un prescripteur, et en nombre limité.',
            'Le trouble lié à l’usage d’alcool n’est pas une indication de la psilocybine autorisée par Santé Canada; l’accès spécial a plus souvent été accordé pour la détresse en fin de vie et la dépression résistante au traitement.',
            'Cette comparaison est présentée pour que le choix soit posé honnêtement, et non pour promouvoir la psilocybine.',
          ],
        },
      },
      {
        id: 'cocaine',
        name: 'Trouble lié à l’usage de cocaïne',
        strength: 'moderate',
        summary:
          'Les essais du groupe de Dakwar (2014, 2017 et 2019) apportent une preuve de concept appréciable chez des personnes qui avaient fait leur sevrage et étaient engagées dans un traitement. Des études de réplication et de plus longue durée restent nécessaires.',
        studies: ['dakwar-2014', 'dakwar-2019'],
      },
      {
        id: 'opioids',
        name: 'Trouble lié à l’usage d’opioïdes',
        strength: 'limited',
        summary:
          'Données très limitées. Le traitement standard demeure la buprénorphine, la méthadone ou la naltrexone à libération prolongée, avec un soutien psychosocial. Les lignes directrices canadiennes actuelles ne considèrent pas la kétamine comme un traitement crédible de première ou de deuxième intention du trouble lié à l’usage d’opioïdes.',
        studies: ['krupitsky-2007'],
      },
      {
        id: 'other',
        name: 'Autres substances',
        strength: 'minimal',
        summary:
          'Pour les troubles liés à l’usage de cannabis, de méthamphétamine ou de benzodiazépines, les essais randomisés publiés sur la kétamine sont minimes. Ces situations sont généralement évaluées au cas par cas.',
        studies: [],
      },
    ],
    studies: [
      {
        id: 'krupitsky-1997-2002',
        authors: 'Krupitsky et Grinenko',
        year: '1997 / 2002',
        journal: 'J Psychoactive Drugs et rapports ultérieurs',
        design:
          'Programme russe de thérapie psychédélique à la kétamine (KPT) comparé à un traitement conventionnel. Un travail fondateur, mais aux méthodes datées.',
        population:
          'Personnes hospitalisées pour une dépendance à l’alcool, sevrées avant le traitement',
        intervention: {
          treatment: 'Thérapie psychédélique à la kétamine (KPT)',
          dose: 'Environ 2,0\u00a0mg/kg, une dose psychédélique',
          route: 'Intramusculaire (IM)',
          therapy: 'Psychothérapie existentielle',
        },
        comparator: 'Traitement conventionnel',
        followUp: '1 an',
        outcome:
          'Après un an, environ 66\u00a0% du groupe KPT étaient abstinents, contre environ 24\u00a0% des personnes ayant reçu le traitement conventionnel.',
        chart: {
          measure: 'Abstinence après un an',
          arms: [
            { label: 'Thérapie psychédélique à la kétamine', percent: 66, approx: true },
            { label: 'Traitement conventionnel', percent: 24, approx: true },
          ],
        },
        note: 'Ses doses élevées et son modèle clinique diffèrent de la psychothérapie assistée par la kétamine d’aujourd’hui.',
        source: 'krupitsky-1997-2002',
      },
      {
        id: 'dakwar-2020',
        authors: 'Dakwar et coll.',
        year: 2020,
        journal: 'Am J Psychiatry',
        design: 'Essai pilote randomisé, avec le midazolam comme témoin actif',
        population: 'Adultes ayant un trouble lié à l’usage d’alcool',
        intervention: {
          treatment:
            'Une seule perfusion de kétamine, avec une thérapie de renforcement de la motivation',
          dose: '0,71\u00a0mg/kg en 52\u00a0minutes',
          route: 'Perfusion intraveineuse',
          sessions: 'Une perfusion',
          therapy: 'Thérapie de renforcement de la motivation',
        },
        comparator: 'Midazolam (témoin actif)',
        followUp: '21 jours',
        outcome:
          'Pendant les 21 jours de suivi, le groupe kétamine a eu significativement plus de jours d’abstinence et a mis plus de temps avant de rechuter.',
        source: 'dakwar-2020',
      },
      {
        id: 'grabski-2022',
        authors: 'Grabski et coll.',
        year: 2022,
        trial: 'KARE',
        journal: 'Am J Psychiatry',
        design:
          'Essai randomisé contrôlé par placebo, au Royaume-Uni\u00a0: l’essai le plus rigoureux à ce jour sur la kétamine pour le trouble lié à l’usage d’alcool',
        population:
          'Personnes ayant un trouble lié à l’usage d’alcool, qui avaient fait leur sevrage',
        sampleSize: 96,
        intervention: {
          treatment: 'Perfusions de kétamine avec une thérapie psychologique',
          dose: '0,8\u00a0mg/kg',
          route: 'Intraveineuse (IV)',
          sessions: 'Trois perfusions, une par semaine',
          therapy: 'Thérapie psychologique axée sur la prévention de la rechute',
        },
        comparator: 'Placebo avec éducation sur l’alcool',
        followUp: '6 mois',
        outcome:
          'La kétamine avec thérapie a donné significativement plus de jours d’abstinence au suivi de 6 mois que le placebo avec éducation sur l’alcool.',
        source: 'grabski-2022',
      },
      {
        id: 'dakwar-2014',
        authors: 'Dakwar et coll.',
        year: 2014,
        journal: 'Biol Psychiatry',
        design:
          'Essai randomisé contre un témoin actif\u00a0: le premier essai de ce genre aux États-Unis',
        population: 'Personnes ayant une dépendance à la cocaïne',
        intervention: {
          treatment: 'Kétamine à dose subanesthésique',
        },
        comparator: 'Témoin actif',
        outcome:
          'L’envie de cocaïne et sa consommation ont diminué significativement plus qu’avec le témoin actif.',
        source: 'dakwar-2014',
      },
      {
        id: 'dakwar-2019',
        authors: 'Dakwar et coll.',
        year: 2019,
        journal: 'Am J Psychiatry',
        design: 'Essai clinique randomisé, avec le midazolam comme témoin',
        population: 'Personnes ayant une dépendance à la cocaïne',
        intervention: {
          treatment:
            'Une seule perfusion de kétamine, avec une modification comportementale fondée sur la pleine conscience',
          dose: '0,5\u00a0mg/kg',
          route: 'Perfusion intraveineuse',
          sessions: 'Une perfusion',
          therapy: 'Modification comportementale fondée sur la pleine conscience',
        },
        comparator: 'Midazolam',
        followUp: 'Fin du traitement',
        outcome:
          'À la fin du traitement, environ 48,2\u00a0% du groupe kétamine étaient abstinents, contre environ 10,7\u00a0% avec le midazolam\u00a0: l’un des résultats les plus nets publiés pour la kétamine dans un trouble lié à l’usage de stimulants.',
        chart: {
          measure: 'Abstinence à la fin du traitement',
          arms: [
            { label: 'Kétamine', percent: 48.2, approx: true },
            { label: 'Midazolam', percent: 10.7, approx: true },
          ],
        },
        source: 'dakwar-2019',
      },
      {
        id: 'krupitsky-2007',
        authors: 'Krupitsky',
        year: 2007,
        design: 'Essais randomisés comparant une dose plus élevée de kétamine à une faible dose',
        population: 'Personnes ayant une dépendance à l’héroïne, qui avaient fait leur sevrage',
        intervention: {
          treatment: 'Thérapie psychédélique à la kétamine',
          therapy: 'Counseling de groupe',
        },
        comparator: 'Kétamine à faible dose',
        followUp: '1 mois et 2 ans',
        outcome:
          'À 1 mois et à 2 ans, l’abstinence était plus élevée dans les groupes ayant reçu la dose plus élevée de kétamine qu’avec la faible dose.',
        note: 'Méthodes anciennes, non reproduites à grande échelle depuis.',
        source: 'krupitsky-1997-2002',
      },
      {
        id: 'bogenschutz-2022',
        authors: 'Bogenschutz et coll.',
        year: 2022,
        journal: 'JAMA Psychiatry',
        design: 'Essai randomisé à double insu',
        population: 'Personnes ayant un trouble lié à l’usage d’alcool',
        sampleSize: 95,
        intervention: {
          treatment: 'Psilocybine avec psychothérapie',
          dose: '25\u00a0mg/70\u00a0kg à la première séance; 25\u00a0mg/70\u00a0kg ou 30\u00a0mg/70\u00a0kg à la deuxième',
          sessions: 'Deux séances de psilocybine',
          therapy: '12 semaines de psychothérapie structurée selon un guide de traitement',
        },
        caveats: [
          'Au Canada, la psilocybine est une substance de l’annexe III de la LRCDAS. Son usage médical n’est possible que par le Programme d’accès spécial (PAS) de Santé Canada\u00a0: chaque autorisation est décidée au cas par cas, demandée par un prescripteur, et leur nombre est limité.',
          'Le trouble lié à l’usage d’alcool n’est pas une indication de la psilocybine autorisée par Santé Canada.',
        ],
        comparator: 'Diphénhydramine (placebo) avec la même psychothérapie',
        followUp: '32 semaines',
        outcome:
          'Sur 32 semaines, les jours de forte consommation d’alcool représentaient en moyenne 9,7\u00a0% avec la psilocybine, contre 23,6\u00a0% avec le placebo\u00a0: une différence robuste entre les groupes.',
        chart: {
          measure: 'Jours de forte consommation sur 32 semaines (moyenne)',
          lowerIsBetter: true,
          arms: [
            { label: 'Psilocybine', percent: 9.7 },
            { label: 'Placebo (diphénhydramine)', percent: 23.6 },
          ],
        },
        source: 'bogenschutz-2022',
      },
    ],
    sources,
    caveats: [
      'Tous les essais ont recruté des personnes qui avaient déjà fait leur sevrage et s’étaient stabilisées. Une consommation active est normalement une raison de ne pas administrer de kétamine.',
      'Au Canada, la kétamine est autorisée comme anesthésique\u00a0: tout usage en psychiatrie, y compris pour tout trouble lié à l’usage de substances, est hors indication. Spravato (eskétamine) n’est autorisé que pour la dépression résistante au traitement et n’a aucune indication en dépendance.',
      'La kétamine n’est pas un traitement de sevrage. Elle ne remplace ni les médicaments standards (buprénorphine ou méthadone pour le trouble lié à l’usage d’opioïdes; naltrexone ou acamprosate pour le trouble lié à l’usage d’alcool) ni le soutien au rétablissement dans la communauté, comme les AA, SMART Recovery ou les groupes d’entraide.',
    ],
  },
};
