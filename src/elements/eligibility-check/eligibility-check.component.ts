import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { crisisLinesFor, shownNumber } from '../../content/crisis-support.js';
import { lazy } from '../../content/lazy.js';
import type * as Engine from '../../eligibility/engine.js';
import type {
  AnswerKey,
  EligibilityAnswers,
  EligibilityResult,
  Outcome,
  QuestionPath,
  ReasonId,
} from '../../eligibility/engine.js';
import {
  DEFAULT_RULES,
  MAX_MIN_ABSTINENCE_DAYS,
  MIN_ABSTINENCE_FLOOR,
  isMinAbstinenceDays,
} from '../../eligibility/rules.js';
import { bannerStrings } from '../crisis-banner/strings/index.js';
import { noteSentence, reasonSentence } from './sentences.js';
import {
  eligibilityStrings,
  questionnaireStrings,
  type EligibilityStrings,
  type QuestionnaireStrings,
} from './strings/index.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { crisisLinesView } from '../../internal/crisis-lines-view.js';
import { embeddedQuickExit } from '../../internal/embedded-exit.js';
import { quickExitStyles } from '../../internal/exit-styles.js';
import { emit } from '../../internal/emit.js';
import { checkUrl, phoneHref } from '../../internal/safe-url.js';
import type { ContentErrorDetail } from '../../content/content-controller.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './eligibility-check.styles.js';

type Strings = QuestionnaireStrings;
/** `start`: the first screen (title, introduction, Start), drawn without the engine. */
type View = 'start' | AnswerKey | 'check' | 'result';

/**
 * The engine, one chunk for every questionnaire on the page: fetched with the question text
 * when a reader starts or a questionnaire nears the viewport, never at page load.
 */
const engine = lazy(() => import('../../eligibility/engine.js'));
/** How near the viewport (in px) a questionnaire fetches its questions, so Start seldom waits. */
const PREFETCH_MARGIN = '400px 0px';
/** After this long a Start still waiting for its questions says so (ms). */
const SLOW_START = 400;

/** The `eligibility-result` event's detail: the outcome and reason ids, never the answers. */
export interface EligibilityResultDetail {
  outcome: Outcome;
  reasons: ReasonId[];
}

/** Outcomes whose text speaks of the intake call: each offers the way to book it. */
const INTAKE_OUTCOMES: Outcome[] = [
  'needs-groundwork',
  'discuss-with-clinician',
  'may-be-candidate',
];
/** Outcomes whose other reasons are worth reading too (not in a crisis, not a hard exclusion). */
const WITH_OTHER_POINTS: Outcome[] = ['not-now', 'needs-groundwork', 'discuss-with-clinician'];

/**
 * @tagname eligibility-check
 * @summary A private pre-screen against the clinic's screening points for addiction
 * patients: one question at a time, then where the reader stands and the next step. It is
 * not medical advice, a diagnosis or an approval. Answers stay in memory: nothing is sent,
 * stored or put in a cookie, and Start over clears them.
 *
 * The first screen (title, introduction, Start) needs nothing else: the engine and the
 * questions load when the reader starts, or when the pre-screen nears the viewport.
 *
 * Questions that can no longer change the outcome (or the reasons that decide it) are
 * skipped, and the questionnaire stops as soon as the outcome is certain: in danger, the
 * crisis lines show at once. Progress counts the questions that may remain, never a false
 * total.
 *
 * @csspart base - The box around the whole pre-screen.
 * @csspart title - The pre-screen's title.
 * @csspart question - The fieldset of the current question.
 * @csspart button - Every button (Start, Continue, Back, Start over, See my result, Print summary).
 * @csspart result - The result panel.
 * @csspart crisis - The crisis lines shown for `urgent-help`.
 *
 * @cssprop --cw-eligibility-outcome - Accent of the result panel (default: by outcome).
 *
 * @fires eligibility-result - A result is shown; detail `{ outcome, reasons }` with reason ids only, never answers.
 * @fires content-error - `min-abstinence-days` is not a whole number from 30 to 365; detail `{ source: 'markup', issues }`. 30 applies.
 */
export class EligibilityCheck extends ClinicElement {
  static override styles = [tokens, base, quickExitStyles, styles];

  static override properties = {
    ...ClinicElement.properties,
    minAbstinenceDays: { attribute: 'min-abstinence-days' },
    intakeUrl: { attribute: 'intake-url' },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    quickExit: { attribute: 'quick-exit', type: Boolean },
    quickExitHref: { attribute: 'quick-exit-href' },
    answers: { attribute: false, noAccessor: true },
    view: { state: true, attribute: false },
    changing: { state: true, attribute: false },
    error: { state: true, attribute: false },
    status: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  private readonly bannerStrings = this.l10n.use(bannerStrings);
  private readonly t = this.l10n.use(eligibilityStrings);
  /** The questions' strings, registered once the engine has loaded with them. */
  private q?: () => Strings;
  private loading?: Promise<void>;
  private observer?: IntersectionObserver;

  /** Fewest days of documented abstinence before ketamine is considered: 30 (the default and the floor) to 365. A clinic may raise it, never lower it: a lower value is an author error and 30 applies. */
  declare minAbstinenceDays?: string | number;
  /** Where a reader books the intake call; default: the clinic context's `intake-url`. */
  declare intakeUrl?: string;
  /** `compact`: less padding and no introduction. */
  declare variant?: 'compact';
  /** Level of the title, 1–6; the steps and the result's parts follow. Default: one below the page's heading before it, else 2. */
  declare headingLevel?: number;
  /** Shows the quick exit ("Leave this page", and Shift three times) above the questions, as `<quick-exit>` does. */
  declare quickExit: boolean;
  /** The quick exit's neutral address (`https:` or `http:`; default `https://www.wikipedia.org/`). */
  declare quickExitHref?: string;

  private readonly quickExitView = embeddedQuickExit(this, this.l10n, {
    shown: () => this.quickExit,
    href: () => this.quickExitHref,
    shortcut: () => true,
    authorError: (message) => this.authorError(message),
  });

  declare private view: View;
  /** Answering from the check-your-answers step: Continue returns there. */
  declare private changing: boolean;
  declare private error: string;
  /** What the live region says: the result, or an error. */
  declare private status: string;
  /** Shown under Start: the questions are on their way, or could not be loaded. */
  declare private notice: string;
  /** The reader pressed Start and the questions have not arrived yet. */
  private waiting = false;

  private current: EligibilityAnswers = {};
  /** Every question answered, "I'm not sure" (no value) included. */
  private answered = new Set<AnswerKey>();
  private focusAfterUpdate?: 'target' | 'field';
  /** The title's level in the render under way. */
  private topLevel = 2;
  private announceResult = false;
  /** The bad minimum last reported, so each is reported once. */
  private reportedMinimum?: string;

  constructor() {
    super();
    this.view = 'start';
    this.changing = false;
    this.quickExit = false;
    this.error = '';
    this.status = '';
    this.notice = '';
  }

  /** The engine's functions and tables: only past the first screen, once it has loaded. */
  private get engine(): typeof Engine {
    return engine.now()!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (engine.now() || typeof IntersectionObserver === 'undefined') return;
    // Near the viewport: fetch the questions now, so Start rarely has to wait for them.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.stopObserving();
        // A prefetch: nothing changes on screen when it lands, so updateComplete does not wait.
        this.loadQuestions().catch(() => undefined);
      },
      { rootMargin: PREFETCH_MARGIN },
    );
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving();
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The engine and the questions in the reader's locale, fetched once (again after a failure). */
  private loadQuestions(): Promise<void> {
    this.loading ??= Promise.all([engine(), questionnaireStrings[this.l10n.locale]()]).then(
      () => {
        this.stopObserving();
        this.q ??= this.l10n.use(questionnaireStrings);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * The answers so far ("I'm not sure" leaves a question out). Set a partial set to resume
   * at the first question still open; set a complete set to show the result.
   */
  get answers(): EligibilityAnswers {
    return { ...this.current };
  }

  set answers(value: EligibilityAnswers) {
    if (!engine.now() || !this.q) {
      // Read once the engine is here; the first screen shows until then.
      this.trackWork(
        this.loadQuestions().then(
          () => (this.answers = value),
          (error: unknown) => this.authorError(`could not load the questions (${String(error)}).`),
        ),
      );
      return;
    }
    const { ANSWER_TYPES, answerIssues } = this.engine;
    // Own, known keys only, into a null-prototype object: `constructor`, `toString` or a
    // polluted `Object.prototype` key is named to the author and never read as an answer.
    const input: Record<string, unknown> = Object.create(null);
    const record = typeof value === 'object' && value !== null && !Array.isArray(value);
    const refused: string[] = [];
    if (record) {
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(ANSWER_TYPES, key)) input[key] = value[key as AnswerKey];
        else refused.push(key);
      }
      // Keys from the author's own prototypes (not the page's Object.prototype) are named too.
      let proto: unknown = Object.getPrototypeOf(value);
      for (; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
        for (const key of Object.keys(proto)) {
          if (!Object.hasOwn(value, key)) refused.push(`${key} (inherited)`);
        }
      }
    }
    if (refused.length) this.authorError(`answers: unknown keys ignored: ${refused.join(', ')}`);
    const issues = answerIssues(record ? { ...input } : (value ?? {}));
    if (issues.length) {
      this.authorError(
        `answers ignored: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
      for (const issue of issues) delete input[issue.path];
    }
    for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
    const old = this.answers;
    this.start(input as EligibilityAnswers);
    const next = this.path.next;
    this.view = next ?? 'result';
    this.announceResult = !next;
    this.requestUpdate('answers', old);
  }

  /** The result shown now, or null until an outcome is reached. */
  get result(): EligibilityResult | null {
    return this.view === 'result' && engine.now()
      ? this.engine.assessEligibility(this.current, { minAbstinenceDays: this.minDays })
      : null;
  }

  /** Clears every answer and returns to the first question (the first screen if not started). */
  reset(): void {
    this.start({});
    this.view = this.view === 'start' || !engine.now() ? 'start' : this.engine.QUESTIONS[0]!;
  }

  private start(answers: EligibilityAnswers): void {
    this.current = answers;
    this.answered = new Set(Object.keys(answers) as AnswerKey[]);
    this.changing = false;
    this.error = '';
    this.status = '';
    this.notice = '';
  }

  private get minDays(): number {
    const raw = this.minAbstinenceDays;
    if (raw === undefined || raw === null || raw === '') return DEFAULT_RULES.minAbstinenceDays;
    const days = Number(raw);
    if (isMinAbstinenceDays(days) && String(raw).trim() !== '') return days;
    const message = `min-abstinence-days "${raw}" is not a whole number from ${MIN_ABSTINENCE_FLOOR} to ${MAX_MIN_ABSTINENCE_DAYS} (a clinic may raise the ${MIN_ABSTINENCE_FLOOR}-day floor, never lower it); using ${DEFAULT_RULES.minAbstinenceDays}.`;
    if (this.reportedMinimum !== String(raw)) {
      this.reportedMinimum = String(raw);
      this.authorError(message);
      emit<ContentErrorDetail>(this, 'content-error', {
        source: 'markup',
        issues: [{ path: 'min-abstinence-days', message }],
      });
    }
    return DEFAULT_RULES.minAbstinenceDays;
  }

  private get resolvedIntakeUrl(): string | undefined {
    // The context checks its own link; this element checks its attribute the same way.
    if (this.intakeUrl === undefined) return this.clinic?.intakeUrl;
    const checked = checkUrl(this.intakeUrl, { relative: true, mailAndPhone: true });
    if (checked.ok) return checked.href;
    this.authorError(`intake-url "${this.intakeUrl}" ${checked.problem}; no link is shown.`);
    return undefined;
  }

  private get path(): QuestionPath {
    return this.engine.questionPath(this.current, this.answered, this.minDays);
  }

  protected override willUpdate(): void {
    const view = this.view;
    if (view === 'start') return;
    // A new minimum or new answers can change the path: never show a step it no longer has.
    const path = this.path;
    if (view === 'check' || view === 'result') {
      if (path.next) this.view = path.next;
    } else if (view !== path.next && !path.asked.includes(view)) {
      this.view = path.next ?? 'check';
    }
  }

  protected override updated(): void {
    if (this.announceResult && this.view === 'result') {
      this.announceResult = false;
      const result = this.result!;
      emit<EligibilityResultDetail>(this, 'eligibility-result', {
        outcome: result.outcome,
        reasons: result.reasons.map((r) => r.id),
      });
    }
    if (!this.focusAfterUpdate) return;
    const selector = this.focusAfterUpdate === 'field' ? 'input:checked, input' : '[data-focus]';
    this.focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render() {
    const first = this.t();
    const t = this.q?.();
    const view = this.view;
    const level = (this.topLevel = this.level);
    return html`<div part="base" class="base" lang=${this.l10n.locale} dir=${this.l10n.dir}>
      ${this.quickExitView()} ${heading(level, first.title, { part: 'title', className: 'title' })}
      <p class="intro">${first.intro} ${first.privacy}</p>
      ${
        view === 'start' || !t
          ? this.renderStart(first)
          : view === 'result'
            ? this.renderResult(t)
            : view === 'check'
              ? this.renderCheck(t)
              : keyed(view, this.renderQuestion(t, view))
      }
      <p role="status" class="visually-hidden">${this.status}</p>
    </div>`;
  }

  /** The first screen's action: Start, and under it why it may take a moment. */
  private renderStart(first: EligibilityStrings) {
    return html`<div class="actions">
        <button part="button" class="primary" @click=${this.onStart}>${first.start}</button>
      </div>
      ${this.notice ? html`<p class="notice" aria-hidden="true">${this.notice}</p>` : nothing}`;
  }

  /** The pre-screen's title: `heading-level`, else one below the page's heading before it. */
  private get level(): number {
    return headingLevel(this, {
      requested: this.headingLevel,
      hydrating: this.hydrating,
      authorError: (message) => this.authorError(message),
    });
  }

  /** "Check your answers" or the outcome: a focus target one level below the title. */
  private stepTitle(text: string, id: string) {
    return heading(this.topLevel + 1, text, { className: 'step-title', id, focusTarget: true });
  }

  /** The result's parts ("What decided this", "Next step"...), two levels below the title. */
  private pointTitle(text: string) {
    return heading(this.topLevel + 2, text, { className: 'point-title' });
  }

  private renderQuestion(t: Strings, key: AnswerKey) {
    const q = t.questions[key];
    const path = this.path;
    const index = path.asked.includes(key) ? path.asked.indexOf(key) : path.asked.length;
    const asked = new Set(path.asked.slice(0, index));
    const left = this.engine.questionPath(this.current, asked, this.minDays).left;
    const error = this.error;
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
                  .value=${this.current.abstinentDays?.toString() ?? ''}
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
        ${index > 0 || this.changing ? this.button(t.back, this.onBack) : nothing}
        ${this.answered.size ? this.button(t.startOver, this.onStartOver) : nothing}
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
      ${this.path.asked.map((key) => {
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
    const result = this.result!;
    const outcome = result.outcome;
    const o = t.outcomes[outcome];
    const deciding = result.reasons.filter((r) => r.outcome === outcome);
    // Only points the reader was asked about: an unasked question is not a finding.
    const { REASON_QUESTIONS } = this.engine;
    const others = WITH_OTHER_POINTS.includes(outcome)
      ? result.reasons.filter(
          (r) =>
            r.outcome !== outcome &&
            this.answered.has(REASON_QUESTIONS[r.id as Exclude<ReasonId, 'screening-points-met'>]),
        )
      : [];
    const intake = this.resolvedIntakeUrl;
    const phone = this.clinic?.phone;
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
              ${t.notNowLater(this.minDays)}
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
    const locale = this.resolvedLocale;
    const region = this.resolvedRegion;
    const support = crisisLinesFor(region, locale);
    return html`<crisis-banner variant="inline" locale=${locale} region=${ifDefined(region)}>
      <div class="crisis" part="crisis">${crisisLinesView(this.bannerStrings(), support)}</div>
    </crisis-banner>`;
  }

  private button(label: string, onClick: () => void) {
    return html`<button part="button" type="button" @click=${onClick}>${label}</button>`;
  }

  private options(key: AnswerKey): readonly string[] {
    const { ANSWER_TYPES, NOT_SURE_ALLOWED } = this.engine;
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
    const value = this.current[key];
    if (value === undefined) return this.answered.has(key) ? 'unsure' : undefined;
    return value === true ? 'yes' : value === false ? 'no' : String(value);
  }

  private answerText(t: Strings, key: AnswerKey): string {
    const days = this.current.abstinentDays;
    return key === 'abstinentDays' && days !== undefined
      ? t.days(days)
      : this.label(t, key, this.formValue(key)!);
  }

  private go(view: View): void {
    this.view = view;
    this.error = '';
    this.status = '';
    this.notice = '';
    this.focusAfterUpdate = 'target';
  }

  /** Start: the first question, at once or as soon as the questions arrive; never a dead click. */
  private onStart = (): void => {
    if (!this.waiting) this.trackWork(this.begin());
  };

  private async begin(): Promise<void> {
    this.waiting = true;
    this.notice = this.status = '';
    const slow = setTimeout(() => {
      this.notice = this.status = this.t().loadingQuestions;
    }, SLOW_START);
    try {
      await this.loadQuestions();
    } catch (error) {
      this.authorError(`could not load the questions (${String(error)}).`);
      this.notice = this.status = this.t().loadFailed;
      return;
    } finally {
      clearTimeout(slow);
      this.waiting = false;
    }
    if (this.view === 'start') this.go(this.path.next ?? 'check');
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const key = this.view as AnswerKey;
    const t = this.q!();
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
    if (value === undefined) delete this.current[key];
    else Object.assign(this.current, { [key]: value });
    this.answered.add(key);
    this.advance(key);
  }

  private fail(message: string): void {
    this.error = message;
    // Re-set even when unchanged, so a second failed try is announced again.
    this.status = '';
    void this.updateComplete.then(() => (this.status = message));
    this.focusAfterUpdate = 'field';
    this.requestUpdate();
  }

  private advance(from: AnswerKey): void {
    const path = this.path;
    const following = this.changing ? undefined : path.asked[path.asked.indexOf(from) + 1];
    if (following) return this.go(following);
    if (path.next) return this.go(path.next);
    this.changing = false;
    // In danger, the crisis lines come at once: no check-your-answers step first.
    if (this.current.immediateDanger) this.showResult();
    else this.go('check');
  }

  /** Shows the result the reader asked for: focus on its heading, and announced. */
  private showResult(): void {
    this.go('result');
    this.changing = false;
    this.announceResult = true;
    const t = this.q!();
    const outcome = this.engine.assessEligibility(this.current, {
      minAbstinenceDays: this.minDays,
    }).outcome;
    this.status = `${t.resultLabel} ${t.outcomes[outcome].title}`;
  }

  private onSeeResult = (): void => this.showResult();

  private onBack = (): void => {
    const view = this.view;
    const asked = this.path.asked;
    if (this.changing || view === 'result') {
      this.changing = false;
      return this.go(this.current.immediateDanger ? asked[asked.length - 1]! : 'check');
    }
    const index = view === 'check' || view === 'start' ? asked.length : asked.indexOf(view);
    this.go(asked[(index < 0 ? asked.length : index) - 1] ?? this.engine.QUESTIONS[0]!);
  };

  private onChange(key: AnswerKey): void {
    this.go(key);
    this.changing = true;
  }

  private onStartOver = (): void => {
    this.reset();
    this.focusAfterUpdate = 'target';
  };

  private onPrint = (): void => window.print();
}
