import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type CardStrings = Strings<typeof en>;

/** The evidence card's strings, one chunk per locale. */
export const cardStrings = catalogue<CardStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
