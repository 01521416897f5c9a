import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type FaqStrings = Strings<typeof en>;

/** The FAQ list's strings, one chunk per locale. */
export const faqStrings = catalogue<FaqStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
