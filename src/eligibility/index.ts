/**
 * clinic-widgets/eligibility: the clinic's screening points for addiction patients as a
 * pure engine (no DOM, no network), the questions `<eligibility-check>` asks, and the
 * schemas of answers and rules.
 */
export {
  ANSWER_TYPES,
  COMORBIDITIES,
  DEFAULT_RULES,
  MAX_MIN_ABSTINENCE_DAYS,
  MIN_ABSTINENCE_FLOOR,
  NOT_SURE_ALLOWED,
  NOTES,
  OUTCOMES,
  QUESTIONS,
  REASONS,
  REASON_QUESTIONS,
  SAFETY_QUESTIONS,
  SUBSTANCES,
  answerIssues,
  assessEligibility,
  openQuestions,
  questionPath,
  ruleIssues,
} from './engine.js';
export type {
  AnswerKey,
  Comorbidity,
  EligibilityAnswers,
  EligibilityNote,
  EligibilityReason,
  EligibilityResult,
  EligibilityRules,
  NoteId,
  Outcome,
  QuestionPath,
  ReasonId,
  Substance,
} from './engine.js';
export { eligibilityAnswersSchema, eligibilityRulesSchema } from '../content/eligibility.js';
