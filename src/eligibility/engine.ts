import type { ContentIssue } from '../content/issues.js';
import {
  DEFAULT_RULES,
  MAX_MIN_ABSTINENCE_DAYS,
  MIN_ABSTINENCE_FLOOR,
  isMinAbstinenceDays,
  isWholeDays,
  type EligibilityRules,
} from './rules.js';

export {
  DEFAULT_RULES,
  MAX_MIN_ABSTINENCE_DAYS,
  MIN_ABSTINENCE_FLOOR,
  isMinAbstinenceDays,
  isWholeDays,
  type EligibilityRules,
};

/**
 * The clinic's screening points for addiction patients (the addiction article's six points,
 * and both articles' contraindications) as pure functions: no DOM, no Lit, no network, no
 * words. It returns ids and numbers; `<eligibility-check>` turns them into sentences in the
 * reader's locale (its strings, by id).
 */

export const SUBSTANCES = [
  'alcohol',
  'cocaine',
  'stimulants',
  'opioids',
  'cannabis',
  'benzodiazepines',
  'other',
] as const;
export type Substance = (typeof SUBSTANCES)[number];

export const COMORBIDITIES = ['trd', 'ptsd', 'depression', 'none', 'unsure'] as const;
export type Comorbidity = (typeof COMORBIDITIES)[number];

/** A reader's answers. Every one is optional: an answer not given counts as not confirmed. */
export interface EligibilityAnswers {
  /** In danger, or thinking of suicide, now. */
  immediateDanger?: boolean;
  /** The substance of most concern. */
  substance?: Substance;
  /**
   * Uses any alcohol or drug now, not only the one of most concern (prescriptions taken as
   * prescribed, tobacco and caffeine aside).
   */
  currentlyUsing?: boolean;
  /** Days since last use of alcohol or any drug (a whole number, 0 or more). */
  abstinentDays?: number;
  /** Abstinence documented by negative urine drug screening. */
  negativeUrineScreen?: boolean;
  /** Looking for help with withdrawal. */
  seekingDetox?: boolean;
  /** Engaged with addiction medicine (buprenorphine or methadone; naltrexone or acamprosate). */
  inAddictionCare?: boolean;
  /** Psychosocial or community recovery support. */
  recoverySupport?: boolean;
  /** Treatment-resistant depression, PTSD, other depression, none, or not sure. */
  comorbidity?: Comorbidity;
  /** Ever misused ketamine. */
  ketamineMisuse?: boolean;
  /** Ever misused another dissociative drug. */
  otherDissociativeMisuse?: boolean;
  /** Agrees that the clinic coordinates with their addiction physician and primary care. */
  consentToCoordinate?: boolean;
}

export type AnswerKey = keyof EligibilityAnswers;

/** The questions that must be answered, and answered safely, before `may-be-candidate`. */
export const SAFETY_QUESTIONS = [
  'immediateDanger',
  'ketamineMisuse',
  'currentlyUsing',
  'seekingDetox',
] as const satisfies readonly (keyof EligibilityAnswers)[];

/** Outcomes from the most to the least urgent: the first that applies wins. */
export const OUTCOMES = [
  'urgent-help',
  'not-suitable',
  'not-now',
  'needs-groundwork',
  'discuss-with-clinician',
  'may-be-candidate',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Every reason, with the outcome it leads to, in precedence order. Ids are stable. */
export const REASONS = {
  'immediate-danger': 'urgent-help',
  'ketamine-misuse': 'not-suitable',
  'currently-using': 'not-now',
  'seeking-detox': 'not-now',
  'abstinence-too-short': 'not-now',
  'abstinence-unknown': 'needs-groundwork',
  'no-urine-screen': 'needs-groundwork',
  'no-addiction-care': 'needs-groundwork',
  'no-recovery-support': 'needs-groundwork',
  'no-coordination-consent': 'needs-groundwork',
  'danger-unanswered': 'discuss-with-clinician',
  'ketamine-misuse-unanswered': 'discuss-with-clinician',
  'current-use-unanswered': 'discuss-with-clinician',
  'detox-unanswered': 'discuss-with-clinician',
  'other-dissociative-misuse': 'discuss-with-clinician',
  'no-target-comorbidity': 'discuss-with-clinician',
  'opioids-limited-evidence': 'discuss-with-clinician',
  'substance-case-by-case': 'discuss-with-clinician',
  'screening-points-met': 'may-be-candidate',
} as const satisfies Record<string, Outcome>;
export type ReasonId = keyof typeof REASONS;

/** Notes that never change the outcome. */
export const NOTES = [
  'abstinence-individualised',
  'supervised-dosing',
  'urine-each-session',
] as const;
export type NoteId = (typeof NOTES)[number];

/** Abstinence beyond which the clinic's usual range (typically 30–90 days) is met. */
const USUAL_ABSTINENCE_MAX = 90;

export interface EligibilityReason {
  id: ReasonId;
  /** The outcome this reason leads to. */
  outcome: Outcome;
}

export interface EligibilityNote {
  id: NoteId;
}

export interface EligibilityResult {
  /** The deciding outcome. */
  outcome: Outcome;
  /** Every rule that fired, the deciding outcome's first. */
  reasons: EligibilityReason[];
  /** Facts that matter for this reader and never change the outcome. */
  notes: EligibilityNote[];
  /** For `not-now` by abstinence alone: days until the minimum is reached. */
  checkAgainInDays?: number;
  /** The minimum that applied, in days (the sentences of the abstinence reasons name it). */
  minAbstinenceDays: number;
  /** The days of abstinence the reader gave, if any. */
  abstinentDays?: number;
}

/** How each answer is written: true/false, one of a list, or a whole number of days. */
export const ANSWER_TYPES: Record<AnswerKey, 'boolean' | 'days' | readonly string[]> = {
  immediateDanger: 'boolean',
  substance: SUBSTANCES,
  currentlyUsing: 'boolean',
  abstinentDays: 'days',
  negativeUrineScreen: 'boolean',
  seekingDetox: 'boolean',
  inAddictionCare: 'boolean',
  recoverySupport: 'boolean',
  comorbidity: COMORBIDITIES,
  ketamineMisuse: 'boolean',
  otherDissociativeMisuse: 'boolean',
  consentToCoordinate: 'boolean',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems in a set of answers, by field (`[]` when valid). Mirrors `eligibilityAnswersSchema`. */
export function answerIssues(input: unknown): ContentIssue[] {
  if (!isRecord(input)) return [{ path: '(root)', message: 'expected object' }];
  const issues: ContentIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    const type = ANSWER_TYPES[key as AnswerKey] as (typeof ANSWER_TYPES)[AnswerKey] | undefined;
    if (!type) issues.push({ path: key, message: `unknown key "${key}"` });
    else if (value === undefined) continue;
    else if (type === 'boolean') {
      if (typeof value !== 'boolean') issues.push({ path: key, message: 'expected boolean' });
    } else if (type === 'days') {
      if (!isWholeDays(value))
        issues.push({ path: key, message: 'expected a whole number, 0 or more' });
    } else if (!type.includes(value as string)) {
      issues.push({
        path: key,
        message: `expected one of ${type.map((v) => `"${v}"`).join(', ')}`,
      });
    }
  }
  return issues;
}

/** Problems in a clinic's rules (`[]` when valid). Mirrors `eligibilityRulesSchema`. */
export function ruleIssues(input: unknown): ContentIssue[] {
  if (!isRecord(input)) return [{ path: '(root)', message: 'expected object' }];
  const issues: ContentIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (key !== 'minAbstinenceDays') issues.push({ path: key, message: `unknown key "${key}"` });
    else if (value !== undefined && !isMinAbstinenceDays(value)) {
      issues.push({
        path: key,
        message: `expected a whole number from ${MIN_ABSTINENCE_FLOOR} to ${MAX_MIN_ABSTINENCE_DAYS} (the clinic's floor is ${MIN_ABSTINENCE_FLOOR} days; a clinic may raise it, never lower it)`,
      });
    }
  }
  return issues;
}

function fail(issues: ContentIssue[]): never {
  throw new TypeError(
    `assessEligibility: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
  );
}

/** The rules that fire, in precedence order (answers already valid). */
function fire(a: EligibilityAnswers, minDays: number): ReasonId[] {
  const ids: ReasonId[] = [];
  const days = a.abstinentDays;
  if (a.immediateDanger) ids.push('immediate-danger');
  if (a.ketamineMisuse) ids.push('ketamine-misuse');
  if (a.currentlyUsing) ids.push('currently-using');
  if (a.seekingDetox) ids.push('seeking-detox');
  // A reader still using has no abstinence to count yet: that is already `currently-using`.
  if (!a.currentlyUsing) {
    if (days === undefined) ids.push('abstinence-unknown');
    else if (days < minDays) ids.push('abstinence-too-short');
  }
  if (!a.negativeUrineScreen) ids.push('no-urine-screen');
  if (!a.inAddictionCare) ids.push('no-addiction-care');
  if (!a.recoverySupport) ids.push('no-recovery-support');
  if (!a.consentToCoordinate) ids.push('no-coordination-consent');
  // A safety question not answered is never taken as a safe answer.
  if (a.immediateDanger === undefined) ids.push('danger-unanswered');
  if (a.ketamineMisuse === undefined) ids.push('ketamine-misuse-unanswered');
  if (a.currentlyUsing === undefined) ids.push('current-use-unanswered');
  if (a.seekingDetox === undefined) ids.push('detox-unanswered');
  if (a.otherDissociativeMisuse) ids.push('other-dissociative-misuse');
  if (a.comorbidity !== 'trd' && a.comorbidity !== 'ptsd') ids.push('no-target-comorbidity');
  if (a.substance === 'opioids') ids.push('opioids-limited-evidence');
  else if (a.substance && a.substance !== 'alcohol' && a.substance !== 'cocaine') {
    ids.push('substance-case-by-case');
  }
  if (!ids.length) ids.push('screening-points-met');
  return ids;
}

function minDaysOf(rules?: Partial<EligibilityRules>): number {
  return rules?.minAbstinenceDays ?? DEFAULT_RULES.minAbstinenceDays;
}

/** A minimum as the questionnaire uses it: never under the floor. */
const floored = (days: number) => Math.max(MIN_ABSTINENCE_FLOOR, days);

/**
 * Where a reader stands against the clinic's screening points. Throws a `TypeError` naming
 * each bad field when the answers or rules are not valid (a minimum under 30 days is not).
 * `may-be-candidate` only when every safety question is answered, and answered safely.
 */
export function assessEligibility(
  answers: EligibilityAnswers,
  rules?: Partial<EligibilityRules>,
): EligibilityResult {
  const issues = [...answerIssues(answers), ...(rules ? ruleIssues(rules) : [])];
  if (issues.length) fail(issues);
  const minDays = minDaysOf(rules);
  const ids = fire(answers, minDays);
  const outcome = REASONS[ids[0]!];
  const days = answers.abstinentDays ?? 0;
  const result: EligibilityResult = {
    outcome,
    reasons: ids.map((id) => ({ id, outcome: REASONS[id] })),
    notes: [],
    minAbstinenceDays: minDays,
  };
  if (answers.abstinentDays !== undefined) result.abstinentDays = answers.abstinentDays;
  // Only abstinence stands in the way: the reader can count the days to the minimum.
  if (outcome === 'not-now' && !ids.includes('currently-using') && !ids.includes('seeking-detox')) {
    result.checkAgainInDays = minDays - days;
  }
  if (outcome !== 'urgent-help' && outcome !== 'not-suitable' && outcome !== 'not-now') {
    const notes: NoteId[] = [];
    if (answers.abstinentDays !== undefined && days < USUAL_ABSTINENCE_MAX) {
      notes.push('abstinence-individualised');
    }
    notes.push('supervised-dosing', 'urine-each-session');
    result.notes = notes.map((id) => ({ id }));
  }
  return result;
}

/** The deciding outcome and its reasons, as one comparable key (answers already valid). */
function decide(answers: EligibilityAnswers, minAbstinenceDays: number): string {
  const ids = fire(answers, minAbstinenceDays);
  const outcome = REASONS[ids[0]!];
  return ids.filter((id) => REASONS[id] === outcome).join();
}

/** The question each reason comes from (the candidate reason comes from all of them). */
export const REASON_QUESTIONS: Record<Exclude<ReasonId, 'screening-points-met'>, AnswerKey> = {
  'immediate-danger': 'immediateDanger',
  'ketamine-misuse': 'ketamineMisuse',
  'currently-using': 'currentlyUsing',
  'seeking-detox': 'seekingDetox',
  'abstinence-too-short': 'abstinentDays',
  'abstinence-unknown': 'abstinentDays',
  'no-urine-screen': 'negativeUrineScreen',
  'no-addiction-care': 'inAddictionCare',
  'no-recovery-support': 'recoverySupport',
  'no-coordination-consent': 'consentToCoordinate',
  'danger-unanswered': 'immediateDanger',
  'ketamine-misuse-unanswered': 'ketamineMisuse',
  'current-use-unanswered': 'currentlyUsing',
  'detox-unanswered': 'seekingDetox',
  'other-dissociative-misuse': 'otherDissociativeMisuse',
  'no-target-comorbidity': 'comorbidity',
  'opioids-limited-evidence': 'substance',
  'substance-case-by-case': 'substance',
};

/** Questions in the order the questionnaire asks them: the highest-precedence rules first. */
export const QUESTIONS: readonly AnswerKey[] = [
  'immediateDanger',
  'ketamineMisuse',
  'currentlyUsing',
  'abstinentDays',
  'seekingDetox',
  'negativeUrineScreen',
  'inAddictionCare',
  'recoverySupport',
  'consentToCoordinate',
  'substance',
  'comorbidity',
  'otherDissociativeMisuse',
];

/** Questions where "I'm not sure" is an honest answer; it counts as not confirmed. */
export const NOT_SURE_ALLOWED: readonly AnswerKey[] = [
  'negativeUrineScreen',
  'inAddictionCare',
  'consentToCoordinate',
];

const SAFEST: Required<EligibilityAnswers> = {
  immediateDanger: false,
  substance: 'alcohol',
  currentlyUsing: false,
  abstinentDays: Number.MAX_SAFE_INTEGER,
  negativeUrineScreen: true,
  seekingDetox: false,
  inAddictionCare: true,
  recoverySupport: true,
  comorbidity: 'trd',
  ketamineMisuse: false,
  otherDissociativeMisuse: false,
  consentToCoordinate: true,
};

/** Each question's riskiest answers; a groundwork point is riskiest not confirmed (not given). */
const RISKIEST: Record<AnswerKey, unknown[]> = {
  // A safety question not answered is never safe either (the questionnaire always asks them).
  immediateDanger: [true, undefined],
  substance: ['other'],
  currentlyUsing: [true, undefined],
  // Too few days is not-now; days not given is groundwork.
  abstinentDays: [0, undefined],
  negativeUrineScreen: [undefined],
  seekingDetox: [true, undefined],
  inAddictionCare: [undefined],
  recoverySupport: [undefined],
  comorbidity: ['unsure'],
  ketamineMisuse: [true, undefined],
  otherDissociativeMisuse: [true],
  consentToCoordinate: [undefined],
};

/**
 * The questions still worth asking, in order: those not yet asked whose answer could still
 * change the outcome or the reasons that decide it (which groundwork is missing is the
 * reader's next step). Empty when both are certain. The outcome only worsens as an answer
 * moves toward risk, so a question matters exactly when one of its riskiest answers, with
 * every other open question at its safest, decides differently from its safest one.
 */
export function openQuestions(
  answers: EligibilityAnswers,
  asked: ReadonlySet<AnswerKey>,
  minAbstinenceDays = DEFAULT_RULES.minAbstinenceDays,
): AnswerKey[] {
  minAbstinenceDays = floored(minAbstinenceDays);
  const safest: EligibilityAnswers = { ...answers };
  for (const key of QUESTIONS) if (!asked.has(key)) Object.assign(safest, { [key]: SAFEST[key] });
  const decided = decide(safest, minAbstinenceDays);
  return QUESTIONS.filter(
    (key) =>
      !asked.has(key) &&
      RISKIEST[key].some(
        (value) => decide({ ...safest, [key]: value }, minAbstinenceDays) !== decided,
      ),
  );
}

export interface QuestionPath {
  /** The questions this reader has been asked, in order (answered, "not sure" included). */
  asked: AnswerKey[];
  /** The question to ask now, or null when the outcome is certain. */
  next: AnswerKey | null;
  /** At most this many questions remain, `next` included: a count that never promises too few. */
  left: number;
}

/**
 * Replays the questionnaire over the answers given so far: which questions were asked,
 * which comes next. `answered` holds every question answered, "I'm not sure" included.
 */
export function questionPath(
  answers: EligibilityAnswers,
  answered: ReadonlySet<AnswerKey>,
  minAbstinenceDays = DEFAULT_RULES.minAbstinenceDays,
): QuestionPath {
  minAbstinenceDays = floored(minAbstinenceDays);
  const known: EligibilityAnswers = {};
  const asked = new Set<AnswerKey>();
  for (;;) {
    const open = openQuestions(known, asked, minAbstinenceDays);
    const next = open[0];
    if (!next || !answered.has(next))
      return { asked: [...asked], next: next ?? null, left: open.length };
    asked.add(next);
    if (answers[next] !== undefined) Object.assign(known, { [next]: answers[next] });
  }
}
