import { catalogue, type Catalogue } from '../../../i18n/catalogue.js';
import type { SourceList } from '../../sources.js';

/** The built-in source lists, by the name the `pack` attribute takes. */
export type SourceListPackName = 'ketamine-addiction' | 'ketamine-addictive';

/**
 * Each list in each locale, its own chunk (the citations they share are one more, read in
 * every language).
 */
export const sourceListPacks: Record<SourceListPackName, Catalogue<SourceList>> = {
  'ketamine-addiction': catalogue<SourceList>({
    en: () => import('./ketamine-addiction.en.js'),
    fr: () => import('./ketamine-addiction.fr.js'),
  }),
  'ketamine-addictive': catalogue<SourceList>({
    en: () => import('./ketamine-addictive.en.js'),
    fr: () => import('./ketamine-addictive.fr.js'),
  }),
};
