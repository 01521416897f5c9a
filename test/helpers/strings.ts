/**
 * Every element's strings, one object per locale with a section per element, as the tests
 * read them (the library loads each section, per locale, only where it is shown).
 */
import bannerEn from '../../src/elements/crisis-banner/strings/en.js';
import bannerFr from '../../src/elements/crisis-banner/strings/fr.js';
import eligibilityEn from '../../src/elements/eligibility-check/strings/en.js';
import eligibilityFr from '../../src/elements/eligibility-check/strings/fr.js';
import questionnaireEn from '../../src/elements/eligibility-check/strings/questionnaire-en.js';
import questionnaireFr from '../../src/elements/eligibility-check/strings/questionnaire-fr.js';
import commonEn from '../../src/i18n/common/en.js';
import commonFr from '../../src/i18n/common/fr.js';
import * as enRest from '../../src/i18n/en.js';
import * as frRest from '../../src/i18n/fr.js';

export const en = {
  ...enRest,
  common: commonEn,
  crisisBanner: bannerEn,
  // The first screen and the questionnaire (two chunks in the library), as one section.
  eligibilityCheck: { ...eligibilityEn, ...questionnaireEn },
};
export const fr = {
  ...frRest,
  common: commonFr,
  crisisBanner: bannerFr,
  eligibilityCheck: { ...eligibilityFr, ...questionnaireFr },
};
