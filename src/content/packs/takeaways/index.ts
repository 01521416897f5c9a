import { catalogue, type Catalogue } from '../../../i18n/catalogue.js';
import type { Takeaways } from '../../takeaways.js';

/** The built-in key points, by the name the `pack` attribute takes. */
export type TakeawaysPackName = 'ketamine-addiction' | 'ketamine-addictive';

/** Each pack in each locale, its own chunk: a reader downloads only the one they read. */
export const takeawaysPacks: Record<TakeawaysPackName, Catalogue<Takeaways>> = {
  'ketamine-addiction': catalogue<Takeaways>({
    en: () => import('./ketamine-addiction.en.js'),
    fr: () => import('./ketamine-addiction.fr.js'),
  }),
  'ketamine-addictive': catalogue<Takeaways>({
    en: () => import('./ketamine-addictive.en.js'),
    fr: () => import('./ketamine-addictive.fr.js'),
  }),
};
