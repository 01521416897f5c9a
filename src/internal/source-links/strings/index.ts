import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type SourceLinkStrings = Strings<typeof en>;

/** The words of a card's citation number, one chunk per locale. */
export const sourceLinkStrings = catalogue<SourceLinkStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
