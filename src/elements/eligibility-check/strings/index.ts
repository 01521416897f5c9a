import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';
import type questionnaireEn from './questionnaire-en.js';

export type EligibilityStrings = Strings<typeof en>;
export type QuestionnaireStrings = Strings<typeof questionnaireEn>;

/** The first screen (title, introduction, Start), one chunk per locale, fetched with the element. */
export const eligibilityStrings = catalogue<EligibilityStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});

/** The questions and every outcome's words, one chunk per locale, loaded with the engine. */
export const questionnaireStrings = catalogue<QuestionnaireStrings>({
  en: () => import('./questionnaire-en.js'),
  fr: () => import('./questionnaire-fr.js'),
});
