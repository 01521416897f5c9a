/**
 * clinic-widgets/packs.js: every built-in pack (the evidence review, the FAQs and the reader
 * of their answers, the clinic's prices) and every element's strings in every locale, loaded now instead of when
 * first shown. Import it before the elements
 * where a dynamic import cannot be awaited: in a server renderer (`@lit-labs/ssr`), so
 * `<evidence-card>` and `<faq-list pack>` render their content into the HTML, and in the
 * browser bundle that hydrates that HTML, so their first render matches it at once.
 */
import { evidencePack as evidence } from './content/packs/evidence.js';
import { faqKetamineAddiction } from './content/packs/faq-ketamine-addiction.js';
import { faqKetamineAddictive } from './content/packs/faq-ketamine-addictive.js';
import * as richTextModule from './content/rich-text.js';
import { costPricesPack, evidencePack, faqPacks, richText } from './content/pack-loaders.js';
import costPricesEn from './content/packs/cost-prices/en.js';
import costPricesFr from './content/packs/cost-prices/fr.js';
import costEn from './elements/cost-estimate/strings/en.js';
import costFr from './elements/cost-estimate/strings/fr.js';
import { costStrings } from './elements/cost-estimate/strings/index.js';
import bannerEn from './elements/crisis-banner/strings/en.js';
import bannerFr from './elements/crisis-banner/strings/fr.js';
import { bannerStrings } from './elements/crisis-banner/strings/index.js';
import { provideCatalogue } from './i18n/catalogue.js';
import commonEn from './i18n/common/en.js';
import commonFr from './i18n/common/fr.js';
import { commonStrings } from './i18n/common/index.js';

evidencePack.provide(evidence);
faqPacks['ketamine-addiction'].provide(faqKetamineAddiction);
faqPacks['ketamine-addictive'].provide(faqKetamineAddictive);
richText.provide(richTextModule);
provideCatalogue(commonStrings, { en: commonEn, fr: commonFr });
provideCatalogue(bannerStrings, { en: bannerEn, fr: bannerFr });
provideCatalogue(costStrings, { en: costEn, fr: costFr });
provideCatalogue(costPricesPack, { en: costPricesEn, fr: costPricesFr });
