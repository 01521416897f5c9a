/**
 * clinic-widgets/packs.js: every built-in pack (the evidence review, the FAQs, the notices, the
 * clinic's prices and the reader of the FAQs' answers) and every element's strings, in every locale, loaded now
 * instead of when first shown. Import it before the elements where a dynamic import cannot be
 * awaited: in a server renderer (`@lit-labs/ssr`), so `<evidence-card>` and `<faq-list pack>`
 * render their content into the HTML in whichever locale they resolve, and in the browser
 * bundle that hydrates that HTML, so their first render matches it at once.
 */
import disclaimersEn from './content/packs/disclaimers/en.js';
import disclaimersFr from './content/packs/disclaimers/fr.js';
import evidenceEn from './content/packs/evidence/en.js';
import evidenceFr from './content/packs/evidence/fr.js';
import addictionEn from './content/packs/faq-ketamine-addiction/en.js';
import addictionFr from './content/packs/faq-ketamine-addiction/fr.js';
import addictiveEn from './content/packs/faq-ketamine-addictive/en.js';
import addictiveFr from './content/packs/faq-ketamine-addictive/fr.js';
import * as richTextModule from './content/rich-text.js';
import {
  costPricesPack,
  disclaimerNotices,
  evidencePack,
  faqPacks,
  richText,
  sourceListPacks,
  takeawaysPacks,
} from './content/pack-loaders.js';
import costPricesEn from './content/packs/cost-prices/en.js';
import costPricesFr from './content/packs/cost-prices/fr.js';
import costEn from './elements/cost-estimate/strings/en.js';
import costFr from './elements/cost-estimate/strings/fr.js';
import { costStrings } from './elements/cost-estimate/strings/index.js';
import bannerEn from './elements/crisis-banner/strings/en.js';
import bannerFr from './elements/crisis-banner/strings/fr.js';
import { bannerStrings } from './elements/crisis-banner/strings/index.js';
import eligibilityEn from './elements/eligibility-check/strings/en.js';
import eligibilityFr from './elements/eligibility-check/strings/fr.js';
import {
  eligibilityStrings,
  questionnaireStrings,
} from './elements/eligibility-check/strings/index.js';
import questionnaireEn from './elements/eligibility-check/strings/questionnaire-en.js';
import questionnaireFr from './elements/eligibility-check/strings/questionnaire-fr.js';
import cardEn from './elements/evidence-card/strings/en.js';
import cardFr from './elements/evidence-card/strings/fr.js';
import { cardStrings } from './elements/evidence-card/strings/index.js';
import faqEn from './elements/faq-list/strings/en.js';
import faqFr from './elements/faq-list/strings/fr.js';
import { faqStrings } from './elements/faq-list/strings/index.js';
import disclaimerEn from './elements/medical-disclaimer/strings/en.js';
import disclaimerFr from './elements/medical-disclaimer/strings/fr.js';
import { disclaimerStrings } from './elements/medical-disclaimer/strings/index.js';
import { provideCatalogue } from './i18n/catalogue.js';
import * as exitControl from './internal/exit-control.js';
import { exitControlCode } from './internal/embedded-exit.js';
import quickExitEn from './elements/quick-exit/strings/en.js';
import quickExitFr from './elements/quick-exit/strings/fr.js';
import { quickExitStrings } from './elements/quick-exit/strings/index.js';
import takeawaysAddictionEn from './content/packs/takeaways-ketamine-addiction/en.js';
import takeawaysAddictionFr from './content/packs/takeaways-ketamine-addiction/fr.js';
import takeawaysAddictiveEn from './content/packs/takeaways-ketamine-addictive/en.js';
import takeawaysAddictiveFr from './content/packs/takeaways-ketamine-addictive/fr.js';
import sourcesAddictionEn from './content/packs/sources-ketamine-addiction/en.js';
import sourcesAddictionFr from './content/packs/sources-ketamine-addiction/fr.js';
import sourcesAddictiveEn from './content/packs/sources-ketamine-addictive/en.js';
import sourcesAddictiveFr from './content/packs/sources-ketamine-addictive/fr.js';
import takeawaysStringsEn from './elements/key-takeaways/strings/en.js';
import takeawaysStringsFr from './elements/key-takeaways/strings/fr.js';
import { takeawaysStrings } from './elements/key-takeaways/strings/index.js';
import sourceListStringsEn from './elements/source-list/strings/en.js';
import sourceListStringsFr from './elements/source-list/strings/fr.js';
import { sourceListStrings } from './elements/source-list/strings/index.js';
import commonEn from './i18n/common/en.js';
import commonFr from './i18n/common/fr.js';
import { commonStrings } from './i18n/common/index.js';

provideCatalogue(evidencePack, { en: evidenceEn, fr: evidenceFr });
provideCatalogue(faqPacks['ketamine-addiction'], { en: addictionEn, fr: addictionFr });
provideCatalogue(faqPacks['ketamine-addictive'], { en: addictiveEn, fr: addictiveFr });
provideCatalogue(disclaimerNotices, { en: disclaimersEn, fr: disclaimersFr });
richText.provide(richTextModule);
provideCatalogue(commonStrings, { en: commonEn, fr: commonFr });
provideCatalogue(bannerStrings, { en: bannerEn, fr: bannerFr });
provideCatalogue(eligibilityStrings, { en: eligibilityEn, fr: eligibilityFr });
provideCatalogue(questionnaireStrings, { en: questionnaireEn, fr: questionnaireFr });
provideCatalogue(disclaimerStrings, { en: disclaimerEn, fr: disclaimerFr });
provideCatalogue(cardStrings, { en: cardEn, fr: cardFr });
provideCatalogue(faqStrings, { en: faqEn, fr: faqFr });
provideCatalogue(quickExitStrings, { en: quickExitEn, fr: quickExitFr });
// The quick exit's code, which widgets that embed it load like their strings.
provideCatalogue(exitControlCode, { en: exitControl, fr: exitControl });
provideCatalogue(costStrings, { en: costEn, fr: costFr });
provideCatalogue(costPricesPack, { en: costPricesEn, fr: costPricesFr });
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
