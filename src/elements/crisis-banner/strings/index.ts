import { catalogue } from '../../../i18n/catalogue.js';
import type { Strings } from '../../../i18n/types.js';
import type en from './en.js';

export type BannerStrings = Strings<typeof en>;

/** The crisis banner's strings, one chunk per locale. */
export const bannerStrings = catalogue<BannerStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
