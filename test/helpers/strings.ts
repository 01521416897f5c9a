/**
 * Every element's strings, one object per locale with a section per element, as the tests
 * read them (the library loads each section, per locale, only where it is shown).
 */
import costEn from '../../src/elements/cost-estimate/strings/en.js';
import costFr from '../../src/elements/cost-estimate/strings/fr.js';
import bannerEn from '../../src/elements/crisis-banner/strings/en.js';
import bannerFr from '../../src/elements/crisis-banner/strings/fr.js';
import cardEn from '../../src/elements/evidence-card/strings/en.js';
import cardFr from '../../src/elements/evidence-card/strings/fr.js';
import faqEn from '../../src/elements/faq-list/strings/en.js';
import faqFr from '../../src/elements/faq-list/strings/fr.js';
import disclaimerEn from '../../src/elements/medical-disclaimer/strings/en.js';
import disclaimerFr from '../../src/elements/medical-disclaimer/strings/fr.js';
import commonEn from '../../src/i18n/common/en.js';
import commonFr from '../../src/i18n/common/fr.js';
// Only the questionnaire's strings are left in the old catalogue.
import * as enRest from '../../src/i18n/en.js';
import * as frRest from '../../src/i18n/fr.js';

export const en = {
  ...enRest,
  common: commonEn,
  crisisBanner: bannerEn,
  medicalDisclaimer: disclaimerEn,
  evidenceCard: cardEn,
  faqList: faqEn,
  costEstimate: costEn,
};
export const fr = {
  ...frRest,
  common: commonFr,
  crisisBanner: bannerFr,
  medicalDisclaimer: disclaimerFr,
  evidenceCard: cardFr,
  faqList: faqFr,
  costEstimate: costFr,
};
