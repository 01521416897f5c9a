import { LitElement, html } from 'lit';
import type { Locale } from '../../src/context/clinic-context.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import {
  ANSWER_TYPES,
  QUESTIONS,
  assessEligibility,
  type AnswerKey,
  type EligibilityAnswers,
} from '../../src/eligibility/index.js';
import { noteSentence, reasonSentence } from '../../src/elements/eligibility-check/sentences.js';
import en from '../../src/elements/eligibility-check/strings/questionnaire-en.js';
import fr from '../../src/elements/eligibility-check/strings/questionnaire-fr.js';
import type { DemoState } from '../state.js';
import type { DemoSection } from './index.js';

/**
 * The engine on its own: choose answers, see `assessEligibility`'s outcome, reasons and
 * notes, and send them to the live questionnaire. Light DOM, so the demo's styles apply.
 */
class DemoEligibilityEngine extends LitElement {
  static override properties = {
    locale: {},
    answers: { state: true },
    minDays: { state: true },
  };
  declare locale: Locale;
  declare answers: EligibilityAnswers;
  declare minDays: number;

  constructor() {
    super();
    this.locale = 'en';
    this.answers = {};
    this.minDays = 30;
  }

  protected override createRenderRoot() {
    return this;
  }

  private set(key: AnswerKey, raw: string): void {
    const next: Record<string, unknown> = { ...this.answers };
    const type = ANSWER_TYPES[key];
    if (raw === '') delete next[key];
    else next[key] = type === 'boolean' ? raw === 'true' : type === 'days' ? Number(raw) : raw;
    this.answers = next as EligibilityAnswers;
  }

  private choices(key: AnswerKey): [string, string][] {
    const t = this.locale === 'fr' ? fr : en;
    if (key === 'substance') return Object.entries(t.substances);
    if (key === 'comorbidity') return Object.entries(t.comorbidities);
    return [
      ['true', t.yes],
      ['false', t.no],
    ];
  }

  private sendToQuestionnaire(): void {
    const target =
      this.closest('section')?.querySelector<EligibilityCheck>('#demo-eligibility-live');
    if (target) {
      target.answers = this.answers;
      target.scrollIntoView({ block: 'start' });
    }
  }

  protected override render() {
    const t = this.locale === 'fr' ? fr : en;
    const result = assessEligibility(this.answers, { minAbstinenceDays: this.minDays });
    return html`<div class="demo-engine">
      <form class="demo-engine-answers" @submit=${(e: Event) => e.preventDefault()}>
        <label
          >minAbstinenceDays
          <input
            type="number"
            min="0"
            max="365"
            .value=${String(this.minDays)}
            @input=${(e: Event) => {
              const value = (e.target as HTMLInputElement).valueAsNumber;
              if (Number.isInteger(value) && value >= 0 && value <= 365) this.minDays = value;
            }}
        /></label>
        ${QUESTIONS.map(
          (key) =>
            html`<label
              ><span><code>${key}</code> ${t.questions[key].legend}</span>
              ${
                key === 'abstinentDays'
                  ? html`<input
                      type="number"
                      min="0"
                      .value=${this.answers.abstinentDays?.toString() ?? ''}
                      @input=${(e: Event) => {
                        const input = e.target as HTMLInputElement;
                        if (input.value === '' || input.validity.valid) this.set(key, input.value);
                      }}
                    />`
                  : html`<select
                      @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}
                    >
                      <option value="" ?selected=${this.answers[key] === undefined}>
                        (not given)
                      </option>
                      ${this.choices(key).map(
                        ([value, label]) =>
                          html`<option
                            value=${value}
                            ?selected=${String(this.answers[key]) === value}
                          >
                            ${label}
                          </option>`,
                      )}
                    </select>`
              }
            </label>`,
        )}
        <button type="button" @click=${this.sendToQuestionnaire}>
          Show these answers in the questionnaire
        </button>
      </form>
      <div class="demo-engine-result" aria-live="polite">
        <p>
          <strong>outcome:</strong>
          <code>${result.outcome}</code> (${t.outcomes[result.outcome].title})
        </p>
        ${
          result.checkAgainInDays !== undefined
            ? html`<p><strong>checkAgainInDays:</strong> ${result.checkAgainInDays}</p>`
            : ''
        }
        <p><strong>reasons</strong> (every rule that fired, the deciding outcome's first):</p>
        <ul>
          ${result.reasons.map(
            (r) =>
              html`<li>
                <code>${r.id}</code> → <code>${r.outcome}</code>: ${reasonSentence(t, r.id, result)}
              </li>`,
          )}
        </ul>
        ${
          result.notes.length
            ? html`<p><strong>notes</strong> (never change the outcome):</p>
                <ul>
                  ${result.notes.map((n) => html`<li><code>${n.id}</code>: ${noteSentence(t, n.id, result)}</li>`)}
                </ul>`
            : ''
        }
        <p><strong>answers</strong>: <code>${JSON.stringify(this.answers)}</code></p>
      </div>
    </div>`;
  }
}

if (!customElements.get('demo-eligibility-engine')) {
  customElements.define('demo-eligibility-engine', DemoEligibilityEngine);
}

/** Shows what a host page hears: the outcome and reason ids, never the answers. */
function logEvent(event: Event): void {
  const detail = (event as CustomEvent).detail;
  const log = (event.target as Element).closest('.demo-state')?.querySelector('output');
  if (log) log.textContent = `eligibility-result: ${JSON.stringify(detail)}`;
}

export const eligibilityCheckSection: DemoSection = {
  tag: 'eligibility-check',
  title: 'a private pre-screen against the screening points',
  render: (state: DemoState) => html`
    <style>
      .demo-engine {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
        gap: 1rem;
      }
      .demo-engine-answers label {
        display: flex;
        flex-direction: column;
        margin-bottom: 0.5rem;
        font-size: 0.875rem;
      }
      .demo-engine > * {
        min-width: 0;
      }
      .demo-engine-answers select,
      .demo-engine-answers input {
        font: inherit;
        width: 100%;
      }
      .demo-engine-result {
        overflow-wrap: anywhere;
      }
    </style>
    <div class="demo-state">
      <h3>The questionnaire, live (language, region and intake link from the context)</h3>
      <eligibility-check
        id="demo-eligibility-live"
        variant=${state.variant === 'compact' ? 'compact' : ''}
        @eligibility-result=${logEvent}
      ></eligibility-check>
      <p><output>eligibility-result: (not yet)</output></p>
    </div>
    <div class="demo-state">
      <h3>variant="compact" min-abstinence-days="60"</h3>
      <eligibility-check
        variant="compact"
        min-abstinence-days="60"
        @eligibility-result=${logEvent}
      ></eligibility-check>
      <p><output>eligibility-result: (not yet)</output></p>
    </div>
    <div class="demo-state">
      <h3>The engine: <code>assessEligibility(answers, rules, { locale })</code></h3>
      <demo-eligibility-engine .locale=${state.locale}></demo-eligibility-engine>
    </div>
  `,
};
