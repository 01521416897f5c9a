/**
 * English UI strings, one named section per element so a per-element bundle carries only
 * its own. `fr.ts` must match every key (a missing French string is a type error).
 */

export const common = {
  contentError: 'Some of this content could not be shown.',
  loading: 'Loading…',
};

export const crisisBanner = {
  /** The region's name and the banner's visible title. */
  label: 'Crisis support',
  /** Read before the title so screen reader users hear the urgency too. */
  urgent: 'Urgent:',
  danger: 'If you or someone else is in immediate danger, call emergency services now.',
  dangerCall: 'If you or someone else is in immediate danger, call emergency services now:',
  compactDanger: 'Immediate danger:',
  compactServices: 'call emergency services',
  or: 'or',
  call: (number: string) => `Call ${number}`,
  text: (number: string) => `Text ${number}`,
  details: 'Details',
};

export const medicalDisclaimer = {
  reviewedByOn: 'Medically reviewed by {name} on {date}.',
  reviewedBy: 'Medically reviewed by {name}.',
  reviewedOn: 'Medically reviewed on {date}.',
  updatedOn: 'Last updated {date}.',
};

export const evidenceCard = {};

export const eligibilityCheck = {};

export const faqList = {};
