import type { FaqPack } from '../../content/faq.js';
import { faqKetamineAddiction } from '../../content/packs/faq-ketamine-addiction.js';
import { faqKetamineAddictive } from '../../content/packs/faq-ketamine-addictive.js';
import type { FaqPackName } from './faq-list.component.js';

/** The built-in FAQs, loaded together when a list first shows one. */
export const packs: Record<FaqPackName, FaqPack> = {
  'ketamine-addiction': faqKetamineAddiction,
  'ketamine-addictive': faqKetamineAddictive,
};
