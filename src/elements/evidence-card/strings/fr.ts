import type { CardStrings } from './index.js';

const strings: CardStrings = {
  overviewTitle: 'La kétamine en dépendance\u00a0: les données par substance',
  strength: {
    strongest: 'Données les plus solides',
    moderate: 'Données modérées',
    limited: 'Données limitées',
    minimal: 'Données minimales',
  },
  legendTitle: 'Ce que signifient les niveaux de preuve',
  legend: {
    strongest:
      'Le plus de données\u00a0: plusieurs essais randomisés, dont des essais récents et rigoureux.',
    moderate:
      'Des essais randomisés prometteurs mais peu nombreux, à reproduire avec un suivi plus long.',
    limited: 'Peu d’essais, ou des essais anciens, non reproduits à grande échelle.',
    minimal: 'Peu ou pas de données publiées issues d’essais randomisés.',
  },
  studiesTitle: 'Les études',
  noStudies:
    'Les données publiées issues d’essais randomisés sont minimales\u00a0: aucune étude n’est présentée ici.',
  keyStudies: 'Études\u00a0:',
  caveatsTitle: 'À garder en tête',
  design: 'Type d’étude',
  population: 'Participants',
  sampleSize: 'Nombre de participants',
  treatment: 'Traitement',
  dose: 'Dose',
  route: 'Voie d’administration',
  sessions: 'Séances',
  therapy: 'Associé à',
  comparator: 'Comparé à',
  followUp: 'Suivi',
  outcome: 'Résultat\u00a0:',
  source: 'Source\u00a0:',
  newTab: '(s’ouvre dans un nouvel onglet)',
  about: (value: string) => `environ ${value}`,
  lowerIsBetter: 'un chiffre plus bas est préférable',
  armText: (label: string, value: string) => `${label}\u00a0: ${value}.`,
};

export default strings;
