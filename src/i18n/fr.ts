import type * as en from './en.js';
import type { Strings } from './types.js';

/** Canadian French UI strings; every section mirrors `en.ts`. */

export const common: Strings<typeof en.common> = {
  contentError: 'Une partie de ce contenu ne peut pas être affichée.',
  loading: 'Chargement…',
};

export const crisisBanner: Strings<typeof en.crisisBanner> = {
  label: 'Soutien en cas de crise',
  urgent: 'Urgence\u00a0:',
  danger: 'Si vous ou une autre personne êtes en danger immédiat, appelez les services d’urgence maintenant.',
  dangerCall: 'Si vous ou une autre personne êtes en danger immédiat, appelez les services d’urgence maintenant\u00a0:',
  compactDanger: 'Danger immédiat\u00a0:',
  compactServices: 'appelez les services d’urgence',
  or: 'ou',
  call: (number: string) => `Appeler le ${number}`,
  text: (number: string) => `Texter le ${number}`,
  details: 'Détails',
};

export const medicalDisclaimer: Strings<typeof en.medicalDisclaimer> = {
  reviewedByOn: 'Révision médicale par {name} le {date}.',
  reviewedBy: 'Révision médicale par {name}.',
  reviewedOn: 'Révision médicale le {date}.',
  updatedOn: 'Dernière mise à jour le {date}.',
};

export const evidenceCard: Strings<typeof en.evidenceCard> = {};

export const eligibilityCheck: Strings<typeof en.eligibilityCheck> = {};

export const faqList: Strings<typeof en.faqList> = {};
