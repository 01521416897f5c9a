import type { FaqPackName } from '../elements/faq-list/faq-list.component.js';
import type { Locale } from '../context/clinic-context.js';
import { catalogue, type Catalogue } from '../i18n/catalogue.js';
import { hasOwnContent } from './content-controller.js';
import type { Disclaimers } from './disclaimers.js';
import type { Evidence } from './evidence.js';
import type { FaqContent } from './faq.js';
import type { CostPrices } from './cost.js';
import { lazy } from './lazy.js';
import type { SourceList, SourceListPackName } from './sources.js';
import type { Takeaways, TakeawaysPackName } from './takeaways.js';

/**
 * The built-in packs, one chunk per locale (a reader downloads only the language they read),
 * and the answer sanitiser, each loaded when first shown. The CMS loader starts them with the
 * element that will show them, in the page's locale (src/loader.ts), so the element finds them
 * loaded (`now()`) and renders them in its first update. A content controller given
 * `fallbackKey: () => this.l10n.locale` reads its pack again when the locale changes.
 * Marked pure, so a bundler keeps only the packs an element names.
 */
export const evidencePack: Catalogue<Evidence> = /* @__PURE__ */ catalogue({
  en: () => import('./packs/evidence/en.js'),
  fr: () => import('./packs/evidence/fr.js'),
});

export const faqPacks: Record<FaqPackName, Catalogue<FaqContent>> = {
  'ketamine-addiction': /* @__PURE__ */ catalogue({
    en: () => import('./packs/faq-ketamine-addiction/en.js'),
    fr: () => import('./packs/faq-ketamine-addiction/fr.js'),
  }),
  'ketamine-addictive': /* @__PURE__ */ catalogue({
    en: () => import('./packs/faq-ketamine-addictive/en.js'),
    fr: () => import('./packs/faq-ketamine-addictive/fr.js'),
  }),
};

/** The medical disclaimer's notices: read like its strings, so it renders them at once. */
export const disclaimerNotices: Catalogue<Disclaimers> = /* @__PURE__ */ catalogue({
  en: () => import('./packs/disclaimers/en.js'),
  fr: () => import('./packs/disclaimers/fr.js'),
});

export const richText = /* @__PURE__ */ lazy(() => import('./rich-text.js'));

/**
 * The clinic's published prices for `<cost-estimate>`, one chunk per locale (the pathway
 * names and insurance notes are text). A page that gives its own prices never fetches them.
 */
export const costPricesPack: Catalogue<CostPrices> = /* @__PURE__ */ catalogue({
  en: () => import('./packs/cost-prices/en.js'),
  fr: () => import('./packs/cost-prices/fr.js'),
});
export const takeawaysPacks: Record<TakeawaysPackName, Catalogue<Takeaways>> = {
  'ketamine-addiction': /* @__PURE__ */ catalogue({
    en: () => import('./packs/takeaways-ketamine-addiction/en.js'),
    fr: () => import('./packs/takeaways-ketamine-addiction/fr.js'),
  }),
  'ketamine-addictive': /* @__PURE__ */ catalogue({
    en: () => import('./packs/takeaways-ketamine-addictive/en.js'),
    fr: () => import('./packs/takeaways-ketamine-addictive/fr.js'),
  }),
};

/** Each source list in each locale; the citations they share (`neutral.ts`) are one more chunk. */
export const sourceListPacks: Record<SourceListPackName, Catalogue<SourceList>> = {
  'ketamine-addiction': /* @__PURE__ */ catalogue({
    en: () => import('./packs/sources-ketamine-addiction/en.js'),
    fr: () => import('./packs/sources-ketamine-addiction/fr.js'),
  }),
  'ketamine-addictive': /* @__PURE__ */ catalogue({
    en: () => import('./packs/sources-ketamine-addictive/en.js'),
    fr: () => import('./packs/sources-ketamine-addictive/fr.js'),
  }),
};

/**
 * The built-in pack a `pack` attribute names, from one of the catalogues above; an unknown
 * name is reported to the author with the names there are, and gives none.
 */
export function namedPack<P>(
  packs: Readonly<Record<string, P>>,
  name: string | undefined,
  authorError: (message: string) => void,
): P | undefined {
  if (!name) return undefined;
  if (Object.hasOwn(packs, name)) return packs[name];
  const names = Object.keys(packs).map((n) => `"${n}"`);
  authorError(`pack "${name}" is not known; use ${names.join(' or ')}.`);
  return undefined;
}

/**
 * For an element's `preload`: the built-in pack its `pack` attribute names, loaded in the
 * locale, unless the widget has content of the author's (none for an unknown name: the
 * element reports that itself).
 */
export function preloadNamed(
  el: Element,
  packs: Readonly<Record<string, Catalogue<unknown>>>,
  locale: Locale,
): Promise<unknown>[] {
  const name = el.getAttribute('pack') ?? '';
  return !hasOwnContent(el) && Object.hasOwn(packs, name) ? [packs[name]![locale]()] : [];
}
