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
export type { RichElement, RichNode, RichTag } from './rich-text.js';
export { takeawaysSchema } from './takeaways.js';
export type { Takeaways, TakeawaysPack } from './takeaways.js';
export { sourceListSchema, sourceSchema } from './sources.js';
export type { Source, SourceList } from './sources.js';
export { ketamineAddictionSources } from './packs/sources/ketamine-addiction.js';
export { ketamineAddictiveSources } from './packs/sources/ketamine-addictive.js';
export { takeawaysPacks } from './packs/takeaways/index.js';
export type { TakeawaysPackName } from './packs/takeaways/index.js';
export { sourceListPacks } from './packs/sources/index.js';
export type { SourceListPackName } from './packs/sources/index.js';
