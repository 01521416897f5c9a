/**
 * clinic-widgets/packs.js: every built-in pack (the evidence review, the FAQs and the reader
 * of their answers), loaded now instead of when first shown. Import it before the elements
 * where a dynamic import cannot be awaited: in a server renderer (`@lit-labs/ssr`), so
 * `<evidence-card>` and `<faq-list pack>` render their content into the HTML, and in the
 * browser bundle that hydrates that HTML, so their first render matches it at once.
 */
import { evidencePack } from './content/packs/evidence.js';
import * as richText from './content/rich-text.js';
import { packs as faqPacks } from './elements/faq-list/faq-packs.js';
import { preloadedPacks } from './internal/preloaded-packs.js';

preloadedPacks.evidence = evidencePack;
preloadedPacks.faq = faqPacks;
preloadedPacks.richText = richText;
