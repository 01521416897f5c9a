import { evidenceIn, type EvidenceWords } from './neutral.js';

/** The Canadian French words of the evidence review (figures and sources: `neutral.ts`). */
const words: EvidenceWords = {
  substances: {
    alcohol: {
      name: 'Trouble lié à l’usage d’alcool',
      summary:
        'Les données les plus solides sur la kétamine en dépendance. Chez des personnes qui avaient déjà fait leur sevrage et s’étaient stabilisées, la kétamine associée à une thérapie psychologique les a aidées à rester abstinentes plus longtemps. Les effets sont appréciables, mais ce qui a été étudié, c’est la kétamine avec une thérapie, pas la kétamine seule.',
      comparison: {
        title: 'Comparaison avec la psilocybine',
        summary:
          'Pour le trouble lié à l’usage d’alcool, la psilocybine s’appuie sur des essais randomisés plus solides que la kétamine. La kétamine est plus accessible, parce que son usage hors indication est légal, alors que la psilocybine passe par le Programme d’accès spécial de Santé Canada. Le bon choix dépend de la voie d’accès, de l’urgence du traitement et de la volonté d’un prescripteur de présenter une demande d’accès spécial.',
        points: [
          'Au Canada, la psilocybine figure à l’annexe III de la LRCDAS. Son usage médical est possible par le Programme d’accès spécial (PAS) de Santé Canada\u00a0: chaque autorisation est décidée au cas par cas, demandée par un prescripteur, et en nombre limité.',
          'Le trouble lié à l’usage d’alcool n’est pas une indication de la psilocybine autorisée par Santé Canada; l’accès spécial a plus souvent été accordé pour la détresse en fin de vie et la dépression résistante au traitement.',
          'Cette comparaison est présentée pour que le choix soit posé honnêtement, et non pour promouvoir la psilocybine.',
        ],
      },
    },
    cocaine: {
      name: 'Trouble lié à l’usage de cocaïne',
      summary:
        'Les essais du groupe de Dakwar (2014, 2017 et 2019) apportent une preuve de concept appréciable chez des personnes qui avaient fait leur sevrage et étaient engagées dans un traitement. Des études de réplication et de plus longue durée restent nécessaires.',
    },
    opioids: {
      name: 'Trouble lié à l’usage d’opioïdes',
      summary:
        'Données très limitées. Le traitement standard demeure la buprénorphine, la méthadone ou la naltrexone à libération prolongée, avec un soutien psychosocial. Les lignes directrices canadiennes actuelles ne considèrent pas la kétamine comme un traitement crédible de première ou de deuxième intention du trouble lié à l’usage d’opioïdes.',
    },
    other: {
      name: 'Autres substances',
      summary:
        'Pour les troubles liés à l’usage de cannabis, de méthamphétamine ou de benzodiazépines, les essais randomisés publiés sur la kétamine sont minimes. Ces situations sont généralement évaluées au cas par cas.',
    },
  },
  studies: {
    'krupitsky-1997-2002': {
      authors: 'Krupitsky et Grinenko',
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
        arms: ['Thérapie psychédélique à la kétamine', 'Traitement conventionnel'],
      },
      note: 'Ses doses élevées et son modèle clinique diffèrent de la psychothérapie assistée par la kétamine d’aujourd’hui.',
    },
    'dakwar-2020': {
      authors: 'Dakwar et coll.',
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
    },
    'grabski-2022': {
      authors: 'Grabski et coll.',
      journal: 'Am J Psychiatry',
      design:
        'Essai randomisé contrôlé par placebo, au Royaume-Uni\u00a0: l’essai le plus rigoureux à ce jour sur la kétamine pour le trouble lié à l’usage d’alcool',
      population:
        'Personnes ayant un trouble lié à l’usage d’alcool, qui avaient fait leur sevrage',
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
    },
    'dakwar-2014': {
      authors: 'Dakwar et coll.',
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
    },
    'dakwar-2019': {
      authors: 'Dakwar et coll.',
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
        arms: ['Kétamine', 'Midazolam'],
      },
    },
    'krupitsky-2007': {
      authors: 'Krupitsky',
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
    },
    'bogenschutz-2022': {
      authors: 'Bogenschutz et coll.',
      journal: 'JAMA Psychiatry',
      design: 'Essai randomisé à double insu',
      population: 'Personnes ayant un trouble lié à l’usage d’alcool',
      intervention: {
        treatment: 'Psilocybine avec psychothérapie',
        dose: '25\u00a0mg/70\u00a0kg à la première séance; 25\u00a0mg/70\u00a0kg ou 30\u00a0mg/70\u00a0kg à la deuxième',
        sessions: 'Deux séances de psilocybine',
        therapy: '12 semaines de psychothérapie structurée selon un guide de traitement',
      },
      comparator: 'Diphénhydramine (placebo) avec la même psychothérapie',
      followUp: '32 semaines',
      outcome:
        'Sur 32 semaines, les jours de forte consommation d’alcool représentaient en moyenne 9,7\u00a0% avec la psilocybine, contre 23,6\u00a0% avec le placebo\u00a0: une différence robuste entre les groupes.',
      chart: {
        measure: 'Jours de forte consommation sur 32 semaines (moyenne)',
        arms: ['Psilocybine', 'Placebo (diphénhydramine)'],
      },
      caveats: [
        'Au Canada, la psilocybine est une substance de l’annexe III de la LRCDAS. Son usage médical n’est possible que par le Programme d’accès spécial (PAS) de Santé Canada\u00a0: chaque autorisation est décidée au cas par cas, demandée par un prescripteur, et leur nombre est limité.',
        'Le trouble lié à l’usage d’alcool n’est pas une indication de la psilocybine autorisée par Santé Canada.',
      ],
    },
  },
  caveats: [
    'Tous les essais ont recruté des personnes qui avaient déjà fait leur sevrage et s’étaient stabilisées. Une consommation active est normalement une raison de ne pas administrer de kétamine.',
    'Au Canada, la kétamine est autorisée comme anesthésique\u00a0: tout usage en psychiatrie, y compris pour tout trouble lié à l’usage de substances, est hors indication. Spravato (eskétamine) n’est autorisé que pour la dépression résistante au traitement et n’a aucune indication en dépendance.',
    'La kétamine n’est pas un traitement de sevrage. Elle ne remplace ni les médicaments standards (buprénorphine ou méthadone pour le trouble lié à l’usage d’opioïdes; naltrexone ou acamprosate pour le trouble lié à l’usage d’alcool) ni le soutien au rétablissement dans la communauté, comme les AA, SMART Recovery ou les groupes d’entraide.',
  ],
};

export default evidenceIn(words);
