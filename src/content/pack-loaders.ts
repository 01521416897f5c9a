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
