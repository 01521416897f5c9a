import { catalogue } from '../i18n/catalogue.js';
import type { CostPrices } from './cost.js';
import { lazy } from './lazy.js';

/**
 * The built-in packs and the answer sanitiser, each its own chunk, loaded when first shown.
 * The CMS loader starts them with the element that will show them (src/loader.ts), so the
 * element finds them loaded (`now()`) and renders them in its first update.
 */
export const evidencePack = lazy(() => import('./packs/evidence.js').then((m) => m.evidencePack));

export const faqPacks = {
  'ketamine-addiction': lazy(() =>
    import('./packs/faq-ketamine-addiction.js').then((m) => m.faqKetamineAddiction),
  ),
  'ketamine-addictive': lazy(() =>
    import('./packs/faq-ketamine-addictive.js').then((m) => m.faqKetamineAddictive),
  ),
};

export const richText = lazy(() => import('./rich-text.js'));

/**
 * The clinic's published prices for `<cost-estimate>`, one chunk per locale (the pathway
 * names and insurance notes are text). A page that gives its own prices never fetches them.
 */
export const costPricesPack = catalogue<CostPrices>({
  en: () => import('./packs/cost-prices/en.js'),
  fr: () => import('./packs/cost-prices/fr.js'),
});
