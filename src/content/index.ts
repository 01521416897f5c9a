/**
 * clinic-widgets/content: the zod/mini schemas of every kind of content, the built-in
 * packs written from the clinic's articles (here in every locale at once; the elements load
 * one locale's module, src/content/pack-loaders.ts), and the validation helpers.
 */
import type { Locale } from '../context/clinic-context.js';
import type { Disclaimers } from './disclaimers.js';
import type { Evidence } from './evidence.js';
import type { FaqPack } from './faq.js';
import disclaimersEn from './packs/disclaimers/en.js';
import disclaimersFr from './packs/disclaimers/fr.js';
import evidenceEn from './packs/evidence/en.js';
import evidenceFr from './packs/evidence/fr.js';
import addictionEn from './packs/faq-ketamine-addiction/en.js';
import addictionFr from './packs/faq-ketamine-addiction/fr.js';
import addictiveEn from './packs/faq-ketamine-addictive/en.js';
import addictiveFr from './packs/faq-ketamine-addictive/fr.js';

export { check, formatPath } from './issues.js';
export { MAX_JSON_CHARS, parseJson } from './parse-json.js';
export type { Checked, ContentIssue, ContentSource } from './issues.js';
export { crisisLineSchema, crisisLinesSchema } from './crisis-lines.js';
export { dialable } from './crisis-support.js';
export type { CrisisLine, CrisisLines } from './crisis-lines.js';
export { crisisLinesPack } from './packs/crisis-lines.js';
export { crisisLinesFor, fromClinicLines } from './crisis-support.js';
export type { CrisisSupport } from './crisis-support.js';
export { disclaimerNoticeSchema, disclaimersSchema } from './disclaimers.js';
export type { DisclaimerKind, DisclaimerNotice, Disclaimers } from './disclaimers.js';
export const disclaimersPack: Record<Locale, Disclaimers> = {
  en: disclaimersEn,
  fr: disclaimersFr,
};
export { eligibilityAnswersSchema, eligibilityRulesSchema } from './eligibility.js';
export {
  evidenceSchema,
  evidenceSubstanceSchema,
  evidenceStudySchema,
  evidenceSourceSchema,
  STRENGTHS,
} from './evidence.js';
export type {
  Evidence,
  EvidenceStudy,
  EvidenceSubstance,
  EvidenceSource,
  Strength,
} from './evidence.js';
export const evidencePack: Record<Locale, Evidence> = { en: evidenceEn, fr: evidenceFr };
export { FAQ_ID, faqItemSchema, faqSchema, slugify } from './faq.js';
export type { FaqContent, FaqItem, FaqPack } from './faq.js';
export const faqKetamineAddiction: FaqPack = { en: addictionEn, fr: addictionFr };
export const faqKetamineAddictive: FaqPack = { en: addictiveEn, fr: addictiveFr };
export { parseRichText, renderRichText, safeHref } from './rich-text.js';
export {
  amountSchema,
  costInsuranceNoteSchema,
  costPathwaySchema,
  costPricesSchema,
  parseCostPrices,
} from './cost.js';
export type { CostInsuranceNote, CostPathway, CostPrices } from './cost.js';
export type { RichElement, RichNode, RichTag } from './rich-text.js';
export { takeawaysSchema } from './takeaways.js';
export type { Takeaways, TakeawaysPack, TakeawaysPackName } from './takeaways.js';
export { sourceListSchema, sourceSchema } from './sources.js';
export type { Source, SourceList, SourceListPackName } from './sources.js';
export { ketamineAddictionSources } from './packs/sources-ketamine-addiction/neutral.js';
export { ketamineAddictiveSources } from './packs/sources-ketamine-addictive/neutral.js';
export { sourceListPacks, takeawaysPacks } from './pack-loaders.js';
