import type * as en from './en.js';
import type { Strings } from './types.js';

/** Canadian French UI strings; every section mirrors `en.ts`. */

export const medicalDisclaimer: Strings<typeof en.medicalDisclaimer> = {
  reviewedByOn: 'Révision médicale par {name}, le {date}.',
  reviewedBy: 'Révision médicale par {name}.',
  reviewedOn: 'Révision médicale le {date}.',
  updatedOn: 'Dernière mise à jour le {date}.',
};

export const evidenceCard: Strings<typeof en.evidenceCard> = {
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

export const faqList: Strings<typeof en.faqList> = {
  searchLabel: 'Rechercher dans les questions',
  showAll: 'Afficher toutes les réponses',
  hideAll: 'Masquer toutes les réponses',
  shown: (shown: number, total: number) =>
    `${shown} question${shown > 1 ? 's' : ''} sur ${total} affichée${shown > 1 ? 's' : ''}`,
  noMatch: (query: string) =>
    `Aucune question ne correspond à «\u00a0${query}\u00a0». Essayez un autre mot.`,
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  copyName: (action: string, question: string) => `${action}\u00a0: ${question}`,
  linkInAddressBar:
    'La copie est impossible ici. Le lien vers cette question est maintenant dans la barre d’adresse.',
};
