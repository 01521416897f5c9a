import type { EligibilityResult, NoteId, ReasonId } from '../../eligibility/engine.js';
import type { QuestionnaireStrings } from './strings/index.js';

/** A reason the engine gave (an id), as a sentence in the reader's locale, with its days. */
export function reasonSentence(
  t: QuestionnaireStrings,
  id: ReasonId,
  result: EligibilityResult,
): string {
  const words = t.reasons[id];
  return typeof words === 'string'
    ? words
    : words(result.abstinentDays ?? 0, result.minAbstinenceDays);
}

/** A note the engine gave (an id), as a sentence in the reader's locale. */
export function noteSentence(
  t: QuestionnaireStrings,
  id: NoteId,
  result: EligibilityResult,
): string {
  const words = t.notes[id];
  return typeof words === 'string' ? words : words(result.abstinentDays ?? 0);
}
