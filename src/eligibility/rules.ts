/**
 * What a clinic may change, and its bounds: the small part of the engine the questionnaire
 * needs before a reader starts (to check `min-abstinence-days`), so the rest can load on use.
 */

/** What a clinic may change; everything else is fixed by the clinic's published articles. */
export interface EligibilityRules {
  /** Fewest days of documented abstinence before ketamine is considered (30 to 365, default 30). */
  minAbstinenceDays: number;
}

/**
 * The clinic's floor: at least 30 days of documented abstinence (typically 30 to 90). A
 * clinic may raise the minimum, never lower it.
 */
export const MIN_ABSTINENCE_FLOOR = 30;
export const DEFAULT_RULES: Readonly<EligibilityRules> = {
  minAbstinenceDays: MIN_ABSTINENCE_FLOOR,
};
/** Bounds of `minAbstinenceDays`, in days. */
export const MAX_MIN_ABSTINENCE_DAYS = 365;

export const isWholeDays = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** A valid minimum: a whole number of days from the floor (30) to 365. */
export const isMinAbstinenceDays = (value: unknown): value is number =>
  isWholeDays(value, MAX_MIN_ABSTINENCE_DAYS) && value >= MIN_ABSTINENCE_FLOOR;
