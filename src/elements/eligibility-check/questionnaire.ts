/**
 * The questionnaire past its first screen: the questions, the check-your-answers step, the
 * result and the crisis lines, and what the reader's answers and buttons do. Loaded with the
 * engine and the question text (`loadQuestions()`), never with the element's own chunk: a page
 * that only shows the first screen does not download it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { crisisLinesFor, shownNumber } from '../../content/crisis-support.js';
import type { CrisisRegion, Locale } from '../../context/clinic-context.js';
import type * as Engine from '../../eligibility/engine.js';
import type {
  AnswerKey,
  EligibilityAnswers,
  EligibilityResult,
  Outcome,
  QuestionPath,
  ReasonId,
} from '../../eligibility/engine.js';
import { crisisLinesView } from '../../internal/crisis-lines-view.js';
import { heading } from '../../internal/heading-level.js';
import { checkUrl, phoneHref } from '../../internal/safe-url.js';
import type { BannerStrings } from '../crisis-banner/strings/index.js';
import { noteSentence, reasonSentence } from './sentences.js';
import type { QuestionnaireStrings as Strings } from './strings/index.js';

/** `start`: the first screen (title, introduction, Start), drawn without the engine. */
export type View = 'start' | AnswerKey | 'check' | 'result';

/**
 * What the questionnaire reads and changes of its `<eligibility-check>`: the element's
 * private state, handed over by the element itself (none of it is public API).
 */
export interface QuestionnaireHost {
  view: View;
  /** Answering from the check-your-answers step: Continue returns there. */
  changing: boolean;
  error: string;
  /** What the live region says: the result, or an error. */
  status: string;
  /** Shown under Start: the questions are on their way, or could not be loaded. */
  notice: string;
  focusAfterUpdate?: 'target' | 'field';
  announceResult: boolean;
  readonly current: EligibilityAnswers;
  /** Every question answered, "I'm not sure" (no value) included. */
  readonly answered: Set<AnswerKey>;
  /** The title's level in the render under way. */
  readonly topLevel: number;
  readonly minDays: number;
  readonly path: QuestionPath;
  readonly result: EligibilityResult | null;
  /** The `intake-url` attribute as given (unchecked). */
  readonly intakeUrl: string | undefined;
  /** The clinic context's intake link (already checked) and phone number. */
  readonly clinicIntakeUrl: string | undefined;
  readonly clinicPhone: string | undefined;
  readonly locale: Locale;
  readonly region: CrisisRegion | undefined;
  readonly engine: typeof Engine;
  readonly updateComplete: Promise<boolean>;
  readonly bannerStrings: () => BannerStrings;
  readonly questionStrings: () => Strings;
  requestUpdate(): void;
  reset(): void;
  authorError(message: string): void;
}

/** Outcomes whose text speaks of the intake call: each offers the way to book it. */
const INTAKE_OUTCOMES: Outcome[] = [
  'needs-groundwork',
  'discuss-with-clinician',
  'may-be-candidate',
];
/** Outcomes whose other reasons are worth reading too (not in a crisis, not a hard exclusion). */
const WITH_OTHER_POINTS: Outcome[] = ['not-now', 'needs-groundwork', 'discuss-with-clinician'];

/** Draws and drives one questionnaire past its first screen. */
export class Questionnaire {
  constructor(private readonly host: QuestionnaireHost) {}

  /** The step under way: a question, the check-your-answers step or the result. */
  render(t: Strings) {
    const view = this.host.view as Exclude<View, 'start'>;
    return view === 'result'
      ? this.renderResult(t)
      : view === 'check'
        ? this.renderCheck(t)
        : keyed(view, this.renderQuestion(t, view));
  }

  /** To that step: focus moves to it, and what was said or shown under the last one goes. */
  go(view: View): void {
    const host = this.host;
    host.view = view;
    host.error = '';
    host.status = '';
    host.notice = '';
    host.focusAfterUpdate = 'target';
  }

  private get resolvedIntakeUrl(): string | undefined {
    const { intakeUrl } = this.host;
    // The context checks its own link; this element checks its attribute the same way.
    if (intakeUrl === undefined) return this.host.clinicIntakeUrl;
    const checked = checkUrl(intakeUrl, { relative: true, mailAndPhone: true });
    if (checked.ok) return checked.href;
    this.host.authorError(`intake-url "${intakeUrl}" ${checked.problem}; no link is shown.`);
    return undefined;
  }

  /** "Check your answers" or the outcome: a focus target one level below the title. */
  private stepTitle(text: string, id: string) {
    return heading(this.host.topLevel + 1, text, {
      className: 'step-title',
      id,
      focusTarget: true,
    });
  }

  /** The result's parts ("What decided this", "Next step"...), two levels below the title. */
  private pointTitle(text: string) {
    return heading(this.host.topLevel + 2, text, { className: 'point-title' });
  }

  private renderQuestion(t: Strings, key: AnswerKey) {
    const host = this.host;
    const q = t.questions[key];
    const path = host.path;
    const index = path.asked.includes(key) ? path.asked.indexOf(key) : path.asked.length;
    const asked = new Set(path.asked.slice(0, index));
    const left = host.engine.questionPath(host.current, asked, host.minDays).left;
    const error = host.error;
    const described = error ? 'hint error' : 'hint';
    return html`<form novalidate @submit=${this.onSubmit}>
      <p class="progress" id="progress">
        <strong>${t.questionNumber(index + 1)}</strong>
        <span aria-hidden="true">·</span> ${t.left(left)}
      </p>
      <fieldset part="question" aria-describedby="progress ${described}">
        <legend tabindex="-1" data-focus>${q.legend}</legend>
        <p id="hint" class="hint">${q.hint}</p>
        ${error ? html`<p id="error" class="error">${error}</p>` : nothing}
        ${
          key === 'abstinentDays'
            ? html`<label class="days" for="days">${t.daysLabel}</label>
                <input
                  id="days"
                  name="answer"
                  inputmode="numeric"
                  autocomplete="off"
                  aria-invalid=${error ? 'true' : 'false'}
                  aria-describedby=${described}
                  .value=${host.current.abstinentDays?.toString() ?? ''}
                />`
            : this.options(key).map(
                (value) =>
                  html`<label class="option"
                    ><input
                      type="radio"
                      name="answer"
                      aria-invalid=${error ? 'true' : 'false'}
                      .value=${value}
                      .checked=${this.formValue(key) === value}
                    />${this.label(t, key, value)}</label
                  >`,
              )
        }
      </fieldset>
      <div class="actions">
        <button part="button" class="primary">${t.continue}</button>
        ${index > 0 || host.changing ? this.button(t.back, this.onBack) : nothing}
        ${host.answered.size ? this.button(t.startOver, this.onStartOver) : nothing}
      </div>
    </form>`;
  }

  private renderCheck(t: Strings) {
    return html`<section aria-labelledby="check-title">
      ${this.stepTitle(t.checkTitle, 'check-title')} ${this.renderAnswers(t, true)}
      <div class="actions">
        <button part="button" class="primary" @click=${this.onSeeResult}>${t.seeResult}</button>
        ${this.button(t.back, this.onBack)} ${this.button(t.startOver, this.onStartOver)}
      </div>
    </section>`;
  }

  private renderAnswers(t: Strings, withChange: boolean) {
    return html`<dl class="answers">
      ${this.host.path.asked.map((key) => {
        const legend = t.questions[key].legend;
        return html`<div class="row">
          <dt>${legend}</dt>
          <dd>${this.answerText(t, key)}</dd>
          ${
            withChange
              ? html`<dd>
                  <button part="button" class="link" @click=${() => this.onChange(key)}>
                    ${t.change}<span class="visually-hidden"
                      >${` ${t.changeAnswerTo} ${legend}`}</span
                    >
                  </button>
                </dd>`
              : nothing
          }
        </div>`;
      })}
    </dl>`;
  }

  private renderResult(t: Strings) {
    const host = this.host;
    const result = host.result!;
    const outcome = result.outcome;
    const o = t.outcomes[outcome];
    const deciding = result.reasons.filter((r) => r.outcome === outcome);
    // Only points the reader was asked about: an unasked question is not a finding.
    const { REASON_QUESTIONS } = host.engine;
    const others = WITH_OTHER_POINTS.includes(outcome)
      ? result.reasons.filter(
          (r) =>
            r.outcome !== outcome &&
            host.answered.has(REASON_QUESTIONS[r.id as Exclude<ReasonId, 'screening-points-met'>]),
        )
      : [];
    const intake = this.resolvedIntakeUrl;
    const phone = host.clinicPhone;
    const list = (sentences: string[]) =>
      html`<ul>
        ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
      </ul>`;
    const reasons = (items: typeof result.reasons) =>
      list(items.map((r) => reasonSentence(t, r.id, result)));
    if (outcome === 'urgent-help') {
      // In danger, only what helps now: the lines, the emergency number, a way to start over.
      return html`<section part="result" class="result ${outcome}" aria-labelledby="result-title">
        ${this.stepTitle(o.title, 'result-title')} ${this.renderCrisis()}
        <p>${o.next}</p>
        <div class="actions">${this.button(t.startOver, this.onStartOver)}</div>
      </section>`;
    }
    // The range is said once: the abstinence reason already carries it when it decides.
    const rangeSaid = deciding.some(
      (r) => r.id === 'abstinence-too-short' || r.id === 'abstinence-unknown',
    );
    return html`<section part="result" class="result ${outcome}" aria-labelledby="result-title">
      ${this.stepTitle(o.title, 'result-title')} ${this.pointTitle(t.deciding)} ${reasons(deciding)}
      ${this.pointTitle(t.nextStep)}
      <p>${o.next}</p>
      ${
        outcome === 'not-now'
          ? html`<p>
              ${t.notNowLater(host.minDays)}
              ${result.checkAgainInDays ? html`<strong>${t.checkAgain(result.checkAgainInDays)}</strong>` : nothing}
              ${rangeSaid ? nothing : t.usualRange}
            </p>`
          : nothing
      }
      ${
        INTAKE_OUTCOMES.includes(outcome)
          ? intake
            ? html`<p><a class="intake" href=${intake}>${t.bookIntake}</a></p>`
            : phone
              ? html`<p>
                  ${t.callClinic}
                  <a href=${ifDefined(phoneHref('tel', shownNumber(phone)))}
                    >${shownNumber(phone)}</a
                  >
                </p>`
              : nothing
          : nothing
      }
      ${others.length ? html`${this.pointTitle(t.otherPoints)} ${reasons(others)}` : nothing}
      ${
        result.notes.length
          ? html`${this.pointTitle(t.notesTitle)}
            ${list(result.notes.map((n) => noteSentence(t, n.id, result)))}`
          : nothing
      }
      <p class="standing">${t.standing}</p>
      <div class="print-only">
        ${this.pointTitle(t.yourAnswers)} ${this.renderAnswers(t, false)}
      </div>
      <div class="actions">
        ${this.button(t.print, this.onPrint)} ${this.button(t.back, this.onBack)}
        ${this.button(t.startOver, this.onStartOver)}
      </div>
    </section>`;
  }

  /**
   * The region's crisis lines. Inside `<crisis-banner>` so that, where the page has
   * registered it, the banner shows them; its fallback content (ours) shows otherwise.
   * Not imported here: the banner's content loader would double this element's size.
   */
  private renderCrisis() {
    const { locale, region } = this.host;
    const support = crisisLinesFor(region, locale);
    return html`<crisis-banner variant="inline" locale=${locale} region=${ifDefined(region)}>
      <div class="crisis" part="crisis">${crisisLinesView(this.host.bannerStrings(), support)}</div>
    </crisis-banner>`;
  }

  private button(label: string, onClick: () => void) {
    return html`<button part="button" type="button" @click=${onClick}>${label}</button>`;
  }

  private options(key: AnswerKey): readonly string[] {
    const { ANSWER_TYPES, NOT_SURE_ALLOWED } = this.host.engine;
    const type = ANSWER_TYPES[key];
    if (type !== 'boolean') return type as readonly string[];
    return NOT_SURE_ALLOWED.includes(key) ? ['yes', 'no', 'unsure'] : ['yes', 'no'];
  }

  private label(t: Strings, key: AnswerKey, value: string): string {
    if (key === 'substance') return t.substances[value as keyof Strings['substances']];
    if (key === 'comorbidity') return t.comorbidities[value as keyof Strings['comorbidities']];
    return value === 'yes' ? t.yes : value === 'no' ? t.no : t.notSure;
  }

  /** The answer as a form value: `yes`, `no`, `unsure` (answered, no value) or the choice. */
  private formValue(key: AnswerKey): string | undefined {
    const value = this.host.current[key];
    if (value === undefined) return this.host.answered.has(key) ? 'unsure' : undefined;
    return value === true ? 'yes' : value === false ? 'no' : String(value);
  }

  private answerText(t: Strings, key: AnswerKey): string {
    const days = this.host.current.abstinentDays;
    return key === 'abstinentDays' && days !== undefined
      ? t.days(days)
      : this.label(t, key, this.formValue(key)!);
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const host = this.host;
    const key = host.view as AnswerKey;
    const t = host.questionStrings();
    const raw = new FormData(event.target as HTMLFormElement).get('answer');
    const text = typeof raw === 'string' ? raw.trim() : '';
    let value: unknown;
    if (key === 'abstinentDays') {
      value = /^\d{1,6}$/.test(text) ? Number(text) : undefined;
      if (value === undefined) return this.fail(t.daysError);
    } else if (!text) {
      return this.fail(t.chooseError);
    } else {
      value = text === 'yes' ? true : text === 'no' ? false : text === 'unsure' ? undefined : text;
    }
    if (value === undefined) delete host.current[key];
    else Object.assign(host.current, { [key]: value });
    host.answered.add(key);
    this.advance(key);
  };

  private fail(message: string): void {
    const host = this.host;
    host.error = message;
    // Re-set even when unchanged, so a second failed try is announced again.
    host.status = '';
    void host.updateComplete.then(() => (host.status = message));
    host.focusAfterUpdate = 'field';
    host.requestUpdate();
  }

  private advance(from: AnswerKey): void {
    const host = this.host;
    const path = host.path;
    const following = host.changing ? undefined : path.asked[path.asked.indexOf(from) + 1];
    if (following) return this.go(following);
    if (path.next) return this.go(path.next);
    host.changing = false;
    // In danger, the crisis lines come at once: no check-your-answers step first.
    if (host.current.immediateDanger) this.showResult();
    else this.go('check');
  }

  /** Shows the result the reader asked for: focus on its heading, and announced. */
  private showResult(): void {
    const host = this.host;
    this.go('result');
    host.changing = false;
    host.announceResult = true;
    const t = host.questionStrings();
    const outcome = host.engine.assessEligibility(host.current, {
      minAbstinenceDays: host.minDays,
    }).outcome;
    host.status = `${t.resultLabel} ${t.outcomes[outcome].title}`;
  }

  private onSeeResult = (): void => this.showResult();

  private onBack = (): void => {
    const host = this.host;
    const view = host.view;
    const asked = host.path.asked;
    if (host.changing || view === 'result') {
      host.changing = false;
      return this.go(host.current.immediateDanger ? asked[asked.length - 1]! : 'check');
    }
    const index = view === 'check' || view === 'start' ? asked.length : asked.indexOf(view);
    this.go(asked[(index < 0 ? asked.length : index) - 1] ?? host.engine.QUESTIONS[0]!);
  };

  private onChange(key: AnswerKey): void {
    this.go(key);
    this.host.changing = true;
  }

  private onStartOver = (): void => {
    this.host.reset();
    this.host.focusAfterUpdate = 'target';
  };

  private onPrint = (): void => window.print();
}
