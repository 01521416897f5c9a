import * as z from 'zod/mini';
import {
  COMORBIDITIES,
  MAX_MIN_ABSTINENCE_DAYS,
  MIN_ABSTINENCE_FLOOR,
  SUBSTANCES,
  type EligibilityAnswers,
  type EligibilityRules,
} from '../eligibility/engine.js';

const yesNo = z.optional(z.boolean());
const wholeDays = z.int().check(z.minimum(0));

/**
 * A reader's answers to `<eligibility-check>` (every one optional; one not given counts as
 * not confirmed): `{"immediateDanger": false, "substance": "alcohol", "abstinentDays": 45}`.
 * The engine checks the same rules without zod (`answerIssues`), to keep the element small.
 */
export const eligibilityAnswersSchema = z.strictObject({
  immediateDanger: yesNo,
  substance: z.optional(z.enum(SUBSTANCES)),
  currentlyUsing: yesNo,
  abstinentDays: z.optional(wholeDays),
  negativeUrineScreen: yesNo,
  seekingDetox: yesNo,
  inAddictionCare: yesNo,
  recoverySupport: yesNo,
  comorbidity: z.optional(z.enum(COMORBIDITIES)),
  ketamineMisuse: yesNo,
  otherDissociativeMisuse: yesNo,
  consentToCoordinate: yesNo,
}) satisfies z.ZodMiniType<EligibilityAnswers>;

/**
 * What a clinic may change: `{"minAbstinenceDays": 60}` (a whole number from 30 to 365: a
 * clinic may raise the seed's 30 days, never lower them).
 */
export const eligibilityRulesSchema = z.strictObject({
  minAbstinenceDays: z.optional(
    z.int().check(z.minimum(MIN_ABSTINENCE_FLOOR), z.maximum(MAX_MIN_ABSTINENCE_DAYS)),
  ),
}) satisfies z.ZodMiniType<Partial<EligibilityRules>>;
