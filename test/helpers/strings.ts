/**
 * Every element's strings, one object per locale with a section per element, as the tests
 * read them (the library loads each section, per locale, only where it is shown).
 */
import costEn from '../../src/elements/cost-estimate/strings/en.js';
import costFr from '../../src/elements/cost-estimate/strings/fr.js';
import bannerEn from '../../src/elements/crisis-banner/strings/en.js';
import bannerFr from '../../src/elements/crisis-banner/strings/fr.js';
import eligibilityEn from '../../src/elements/eligibility-check/strings/en.js';
import eligibilityFr from '../../src/elements/eligibility-check/strings/fr.js';
import questionnaireEn from '../../src/elements/eligibility-check/strings/questionnaire-en.js';
import questionnaireFr from '../../src/elements/eligibility-check/strings/questionnaire-fr.js';
import quickExitEn from '../../src/elements/quick-exit/strings/en.js';
import quickExitFr from '../../src/elements/quick-exit/strings/fr.js';
import cardEn from '../../src/elements/evidence-card/strings/en.js';
import cardFr from '../../src/elements/evidence-card/strings/fr.js';
import faqEn from '../../src/elements/faq-list/strings/en.js';
import faqFr from '../../src/elements/faq-list/strings/fr.js';
import disclaimerEn from '../../src/elements/medical-disclaimer/strings/en.js';
import disclaimerFr from '../../src/elements/medical-disclaimer/strings/fr.js';
import takeawaysEn from '../../src/elements/key-takeaways/strings/en.js';
import takeawaysFr from '../../src/elements/key-takeaways/strings/fr.js';
import sourceListEn from '../../src/elements/source-list/strings/en.js';
import sourceListFr from '../../src/elements/source-list/strings/fr.js';
import commonEn from '../../src/i18n/common/en.js';
import commonFr from '../../src/i18n/common/fr.js';

export const en = {
  common: commonEn,
  crisisBanner: bannerEn,
  medicalDisclaimer: disclaimerEn,
  evidenceCard: cardEn,
  // The first screen and the questionnaire (two chunks in the library), as one section.
  eligibilityCheck: { ...eligibilityEn, ...questionnaireEn },
  faqList: faqEn,
  quickExit: quickExitEn,
  costEstimate: costEn,
  keyTakeaways: takeawaysEn,
  sourceList: sourceListEn,
};
export const fr = {
  common: commonFr,
  crisisBanner: bannerFr,
  medicalDisclaimer: disclaimerFr,
  evidenceCard: cardFr,
  eligibilityCheck: { ...eligibilityFr, ...questionnaireFr },
  faqList: faqFr,
  quickExit: quickExitFr,
  costEstimate: costFr,
  keyTakeaways: takeawaysFr,
  sourceList: sourceListFr,
};
