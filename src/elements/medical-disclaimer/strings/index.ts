import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type DisclaimerStrings = Strings<typeof en>;

/** The medical disclaimer's strings, one chunk per locale. */
export const disclaimerStrings = catalogue<DisclaimerStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
