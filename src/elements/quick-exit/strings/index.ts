import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type QuickExitStrings = Strings<typeof en>;

/** The quick exit's strings, one chunk per locale. */
export const quickExitStrings = catalogue<QuickExitStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
