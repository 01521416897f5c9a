import type { EligibilityAnswers } from '../../src/eligibility/index.js';

/** Silences console.error for a test that expects author errors, and keeps what was said. */
export function quietErrors(): { errors: string[]; restore: () => void } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return { errors, restore: () => (console.error = original) };
}

/** A same-origin address serving this data as JSON, for `src` tests. */
export function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

/** A reader the clinic would most often see as suitable: every screening point met. */
export function candidateAnswers(): Required<EligibilityAnswers> {
  return {
    immediateDanger: false,
    ketamineMisuse: false,
    currentlyUsing: false,
    abstinentDays: 120,
    seekingDetox: false,
    negativeUrineScreen: true,
    inAddictionCare: true,
    recoverySupport: true,
    consentToCoordinate: true,
    substance: 'alcohol',
    comorbidity: 'trd',
    otherDissociativeMisuse: false,
  };
}
