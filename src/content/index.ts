/**
 * clinic-widgets/content: the zod/mini schemas of every kind of content, the built-in
 * packs written from the clinic's articles, and the validation helpers.
 */
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
export { disclaimersPack } from './packs/disclaimers.js';
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
export { evidencePack } from './packs/evidence.js';
export { FAQ_ID, faqItemSchema, faqSchema, slugify } from './faq.js';
export type { FaqContent, FaqItem, FaqPack } from './faq.js';
export { faqKetamineAddiction } from './packs/faq-ketamine-addiction.js';
export { faqKetamineAddictive } from './packs/faq-ketamine-addictive.js';
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
