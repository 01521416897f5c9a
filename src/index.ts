/**
 * clinic-widgets: registers every element and re-exports their classes and types.
 * Importing a single element's module (`clinic-widgets/faq-list.js`) registers only that one.
 */
export { ClinicContext } from './elements/clinic-context/clinic-context.js';
export { CrisisBanner } from './elements/crisis-banner/crisis-banner.js';
export { MedicalDisclaimer } from './elements/medical-disclaimer/medical-disclaimer.js';
export { EligibilityCheck } from './elements/eligibility-check/eligibility-check.js';
export { EvidenceCard } from './elements/evidence-card/evidence-card.js';
export { FaqList, type FaqPackName, type FaqToggleDetail } from './elements/faq-list/faq-list.js';
export { QuickExit, type QuickExitVariant } from './elements/quick-exit/quick-exit.js';
export {
  CostEstimate,
  type CostEstimateVariant,
  type EstimateChangeDetail,
} from './elements/cost-estimate/cost-estimate.js';
export {
  KeyTakeaways,
  type KeyTakeawaysVariant,
  type TakeawaysPackName,
} from './elements/key-takeaways/key-takeaways.js';
export { SourceList, type SourceListPackName } from './elements/source-list/source-list.js';
export type { ClinicContextValue, Locale, Region } from './context/clinic-context.js';
export { clinicContext, LOCALES, REGIONS } from './context/clinic-context.js';
export type { ContentIssue, ContentSource } from './content/issues.js';
export type { ContentErrorDetail } from './content/content-controller.js';
export { defineElement } from './define.js';
export { ready } from './ready.js';
export { VERSION } from './version.js';
