import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type CostStrings = Strings<typeof en>;

/** The cost estimate's strings, one chunk per locale. */
export const costStrings = catalogue<CostStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
