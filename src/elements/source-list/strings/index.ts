import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type SourceListStrings = Strings<typeof en>;

/** The source list's strings, one chunk per locale. */
export const sourceListStrings = catalogue<SourceListStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
