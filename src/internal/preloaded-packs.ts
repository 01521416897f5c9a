import type { Locale } from '../context/clinic-context.js';
import type { Evidence } from '../content/evidence.js';
import type { FaqPack } from '../content/faq.js';
import type * as RichText from '../content/rich-text.js';

/**
 * The built-in packs an element would otherwise load when first shown. Filled by
 * `clinic-widgets/packs.js` (for server renderers, which cannot await a dynamic import) and
 * by each element's own lazy load; an element finds here what it can render at once.
 */
export const preloadedPacks: {
  evidence?: Record<Locale, Evidence>;
  faq?: Record<'ketamine-addiction' | 'ketamine-addictive', FaqPack>;
  /** The answer reader the FAQ packs need (their answers are strings with a little markup). */
  richText?: typeof RichText;
} = {};
