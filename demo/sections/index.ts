import type { TemplateResult } from 'lit';
import type { DemoState } from '../state.js';
import { crisisBannerSection } from './crisis-banner.js';
import { eligibilityCheckSection } from './eligibility-check.js';
import { medicalDisclaimerSection } from './medical-disclaimer.js';
import { evidenceCardSection } from './evidence-card.js';
import { faqListSection } from './faq-list.js';
import { quickExitSection } from './quick-exit.js';
import { costEstimateSection } from './cost-estimate.js';
import { keyTakeawaysSection } from './key-takeaways.js';
import { sourceListSection } from './source-list.js';

/** One element's part of the preview. Each element issue adds its own module here. */
export interface DemoSection {
  tag: string;
  title: string;
  render(state: DemoState): TemplateResult;
}

export const sections: DemoSection[] = [
  crisisBannerSection,
  medicalDisclaimerSection,
  eligibilityCheckSection,
  evidenceCardSection,
  faqListSection,
  quickExitSection,
  costEstimateSection,
  keyTakeawaysSection,
  sourceListSection,
];
