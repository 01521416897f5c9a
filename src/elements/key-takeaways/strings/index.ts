import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type TakeawaysStrings = Strings<typeof en>;

/** The key takeaways' strings, one chunk per locale. */
export const takeawaysStrings = catalogue<TakeawaysStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
