import type { Locale } from '../../context/clinic-context.js';
import { html, nothing } from 'lit';
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
import type { Questionnaire, QuestionnaireHost, View } from './questionnaire.js';
import {
  eligibilityStrings,
  questionnaireStrings,
  type EligibilityStrings,
  type QuestionnaireStrings,
} from './strings/index.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { embeddedQuickExit, preloadExit } from '../../internal/embedded-exit.js';
import { quickExitStyles } from '../../internal/exit-styles.js';
import { emit } from '../../internal/emit.js';
import type { ContentErrorDetail } from '../../content/content-controller.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './eligibility-check.styles.js';

type Strings = QuestionnaireStrings;

/**
 * The engine, one chunk for every questionnaire on the page: fetched with the question text
 * when a reader starts or a questionnaire nears the viewport, never at page load.
 */
const engine = lazy(() => import('../../eligibility/engine.js'));
/** What draws and drives the steps past the first screen (questionnaire.ts): loaded with the engine. */
const drawing = lazy(() => import('./questionnaire.js'));
/** How near the viewport (in px) a questionnaire fetches its questions, so Start seldom waits. */
const PREFETCH_MARGIN = '400px 0px';
/** After this long a Start still waiting for its questions says so (ms). */
const SLOW_START = 400;

/** The `eligibility-result` event's detail: the outcome and reason ids, never the answers. */
export interface EligibilityResultDetail {
  outcome: Outcome;
  reasons: ReasonId[];
}

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
  /** The steps past the first screen, once their code has loaded with the questions. */
  private steps?: Questionnaire;
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
    this.loading ??= Promise.all([
      engine(),
      questionnaireStrings[this.l10n.locale](),
      drawing(),
    ]).then(
      ([, , { Questionnaire }]) => {
        this.stopObserving();
        this.q ??= this.l10n.use(questionnaireStrings);
        this.steps ??= new Questionnaire(this.host());
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

  /** What the steps' code (questionnaire.ts) reads and changes: this element's private state. */
  private host(): QuestionnaireHost {
    const el = this;
    return {
      get view() {
        return el.view;
      },
      set view(view) {
        el.view = view;
      },
      get changing() {
        return el.changing;
      },
      set changing(changing) {
        el.changing = changing;
      },
      get error() {
        return el.error;
      },
      set error(error) {
        el.error = error;
      },
      get status() {
        return el.status;
      },
      set status(status) {
        el.status = status;
      },
      get notice() {
        return el.notice;
      },
      set notice(notice) {
        el.notice = notice;
      },
      get focusAfterUpdate() {
        return el.focusAfterUpdate;
      },
      set focusAfterUpdate(focus) {
        el.focusAfterUpdate = focus;
      },
      get announceResult() {
        return el.announceResult;
      },
      set announceResult(announce) {
        el.announceResult = announce;
      },
      get current() {
        return el.current;
      },
      get answered() {
        return el.answered;
      },
      get topLevel() {
        return el.topLevel;
      },
      get minDays() {
        return el.minDays;
      },
      get path() {
        return el.path;
      },
      get result() {
        return el.result;
      },
      get intakeUrl() {
        return el.intakeUrl;
      },
      get clinicIntakeUrl() {
        return el.clinic?.intakeUrl;
      },
      get clinicPhone() {
        return el.clinic?.phone;
      },
      get locale() {
        return el.resolvedLocale;
      },
      get region() {
        return el.resolvedRegion;
      },
      get engine() {
        return el.engine;
      },
      get updateComplete() {
        return el.updateComplete;
      },
      bannerStrings: this.bannerStrings,
      questionStrings: () => this.q!(),
      requestUpdate: () => this.requestUpdate(),
      reset: () => this.reset(),
      authorError: (message) => this.authorError(message),
    };
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
    const steps = this.steps;
    const view = this.view;
    const level = (this.topLevel = this.level);
    return html`<div part="base" class="base" lang=${this.l10n.locale} dir=${this.l10n.dir}>
      ${this.quickExitView()} ${heading(level, first.title, { part: 'title', className: 'title' })}
      <p class="intro">${first.intro} ${first.privacy}</p>
      ${view === 'start' || !t || !steps ? this.renderStart(first) : steps.render(t)}
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
    if (this.view === 'start') this.steps!.go(this.path.next ?? 'check');
  }
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(el: Element, locale: Locale): Promise<unknown>[] {
  return [
    ...commonPreload(locale),
    bannerStrings[locale](),
    eligibilityStrings[locale](),
    ...preloadExit(el, locale),
  ];
}
