/**
 * clinic-widgets/packs.js: every built-in pack (the evidence review, the FAQs and the reader
 * of their answers) and every element's strings in every locale, loaded now instead of when
 * first shown. Import it before the elements
 * where a dynamic import cannot be awaited: in a server renderer (`@lit-labs/ssr`), so
 * `<evidence-card>` and `<faq-list pack>` render their content into the HTML, and in the
 * browser bundle that hydrates that HTML, so their first render matches it at once.
 */
import { evidencePack as evidence } from './content/packs/evidence.js';
import { faqKetamineAddiction } from './content/packs/faq-ketamine-addiction.js';
import { faqKetamineAddictive } from './content/packs/faq-ketamine-addictive.js';
import * as richTextModule from './content/rich-text.js';
import { evidencePack, faqPacks, richText } from './content/pack-loaders.js';
import bannerEn from './elements/crisis-banner/strings/en.js';
import bannerFr from './elements/crisis-banner/strings/fr.js';
import { bannerStrings } from './elements/crisis-banner/strings/index.js';
import { provideCatalogue } from './i18n/catalogue.js';
import takeawaysAddictionEn from './content/packs/takeaways/ketamine-addiction.en.js';
import takeawaysAddictionFr from './content/packs/takeaways/ketamine-addiction.fr.js';
import takeawaysAddictiveEn from './content/packs/takeaways/ketamine-addictive.en.js';
import takeawaysAddictiveFr from './content/packs/takeaways/ketamine-addictive.fr.js';
import { takeawaysPacks } from './content/packs/takeaways/index.js';
import sourcesAddictionEn from './content/packs/sources/ketamine-addiction.en.js';
import sourcesAddictionFr from './content/packs/sources/ketamine-addiction.fr.js';
import sourcesAddictiveEn from './content/packs/sources/ketamine-addictive.en.js';
import sourcesAddictiveFr from './content/packs/sources/ketamine-addictive.fr.js';
import { sourceListPacks } from './content/packs/sources/index.js';
import takeawaysStringsEn from './elements/key-takeaways/strings/en.js';
import takeawaysStringsFr from './elements/key-takeaways/strings/fr.js';
import { takeawaysStrings } from './elements/key-takeaways/strings/index.js';
import sourceListStringsEn from './elements/source-list/strings/en.js';
import sourceListStringsFr from './elements/source-list/strings/fr.js';
import { sourceListStrings } from './elements/source-list/strings/index.js';
import sourceLinksEn from './internal/source-links/strings/en.js';
import sourceLinksFr from './internal/source-links/strings/fr.js';
import { sourceLinkStrings } from './internal/source-links/strings/index.js';
import commonEn from './i18n/common/en.js';
import commonFr from './i18n/common/fr.js';
import { commonStrings } from './i18n/common/index.js';

evidencePack.provide(evidence);
faqPacks['ketamine-addiction'].provide(faqKetamineAddiction);
faqPacks['ketamine-addictive'].provide(faqKetamineAddictive);
richText.provide(richTextModule);
provideCatalogue(commonStrings, { en: commonEn, fr: commonFr });
provideCatalogue(bannerStrings, { en: bannerEn, fr: bannerFr });
provideCatalogue(takeawaysPacks['ketamine-addiction'], {
  en: takeawaysAddictionEn,
  fr: takeawaysAddictionFr,
});
provideCatalogue(takeawaysPacks['ketamine-addictive'], {
  en: takeawaysAddictiveEn,
  fr: takeawaysAddictiveFr,
});
provideCatalogue(sourceListPacks['ketamine-addiction'], {
  en: sourcesAddictionEn,
  fr: sourcesAddictionFr,
});
provideCatalogue(sourceListPacks['ketamine-addictive'], {
  en: sourcesAddictiveEn,
  fr: sourcesAddictiveFr,
});
provideCatalogue(takeawaysStrings, { en: takeawaysStringsEn, fr: takeawaysStringsFr });
provideCatalogue(sourceListStrings, { en: sourceListStringsEn, fr: sourceListStringsFr });
provideCatalogue(sourceLinkStrings, { en: sourceLinksEn, fr: sourceLinksFr });
