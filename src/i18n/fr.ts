import type * as en from './en.js';
import type { Strings } from './types.js';

/** Canadian French UI strings; every section mirrors `en.ts`. */

export const common: Strings<typeof en.common> = {
  contentError: 'Une partie de ce contenu ne peut pas être affichée.',
  loading: 'Chargement…',
};

export const crisisBanner: Strings<typeof en.crisisBanner> = {};

export const medicalDisclaimer: Strings<typeof en.medicalDisclaimer> = {};

export const evidenceCard: Strings<typeof en.evidenceCard> = {};

export const eligibilityCheck: Strings<typeof en.eligibilityCheck> = {};

export const faqList: Strings<typeof en.faqList> = {};
