/**
 * English UI strings, one named section per element so a per-element bundle carries only
 * its own. `fr.ts` must match every key (a missing French string is a type error).
 */

export const common = {
  contentError: 'Some of this content could not be shown.',
  loading: 'Loading…',
};

export const crisisBanner = {};

export const medicalDisclaimer = {};

export const evidenceCard = {};

export const eligibilityCheck = {};

export const faqList = {};
