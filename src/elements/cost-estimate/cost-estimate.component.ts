import type { Locale } from '../../context/clinic-context.js';
import { html, nothing, type PropertyValues } from 'lit';
import { ContentController, hasOwnContent } from '../../content/content-controller.js';
import { packContent, packPending } from '../../content/lazy.js';
import type { CostPathway, CostPrices } from '../../content/cost.js';
import { costPricesPack } from '../../content/pack-loaders.js';
import { formatMoney, formatNumber, intlTag, isSingular } from '../../i18n/numbers.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { emit } from '../../internal/emit.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import { checkUrl } from '../../internal/safe-url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './cost-estimate.styles.js';
import {
  MAX_SESSIONS,
  MIN_SESSIONS,
  estimate,
  hasCents,
  sessionCount,
  toCents,
  type Estimate,
} from './estimate.js';
import { costStrings, type CostStrings } from './strings/index.js';

export type CostEstimateVariant = 'full' | 'compact';

/** Detail of `estimate-change`: what the reader chose and its total, nothing else. */
export interface EstimateChangeDetail {
  /** The pathway's id (`kat-psychedelic`). */
  pathway: string;
  /** Additional sessions, 0 to 12 (always 0 for a range). */
  sessions: number;
  /** The total in whole cents; `min` and `max` are equal unless the pathway is a range. */
  total: { min: number; max: number };
}

// "Canadian dollars": the currency's name in the reader's language, plural, once per locale.
// Canadian dollars are written here (the page's first `Intl.NumberFormat` costs 12 to 24 ms);
// another currency's name comes from `Intl` (test/cost-estimate.test.ts compares them).
const currencyNames = new Map<string, string>([
  ['en-CA CAD', 'Canadian dollars'],
  ['fr-CA CAD', 'dollars canadiens'],
]);
function currencyName(locale: string, currency: string): string {
  const key = `${locale} ${currency}`;
  let name = currencyNames.get(key);
  if (name === undefined) {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'name',
    }).formatToParts(2);
    name = parts.find((part) => part.type === 'currency')?.value ?? currency;
    currencyNames.set(key, name);
  }
  return name;
}

/**
 * @tagname cost-estimate
 * @summary What a course of treatment may cost, from the clinic's published prices: the
 * reader picks a pathway and a number of additional sessions (0 to 12) and reads the sum
 * (base + sessions × price per session), the deposit as the clinic states it, and the
 * insurance notes. Every price is a "from" price; the clinic confirms the final cost at the
 * intake call (linked when the clinic context or `intake-url` gives the address).
 *
 * The built-in prices are ATMA CENA's, from the addiction article. A
 * `<script type="application/json">` child (or `src`) gives the clinic's own; when they are
 * invalid the reader sees a short notice and no prices at all (never the built-in ones).
 * Nothing the reader chooses is stored or sent.
 *
 * @csspart base - The section around the estimator.
 * @csspart title - The estimator's heading.
 * @csspart pathways - The group of pathway choices.
 * @csspart sessions - The number field for additional sessions.
 * @csspart estimate - The sum, the deposit and the intake line.
 * @csspart intake - The link to book the intake call.
 * @csspart insurance - The insurance notes.
 * @csspart notice - The neutral notice shown when the clinic's prices could not be used.
 *
 * @cssprop --cw-surface-alt - Background of the estimate.
 * @cssprop --cw-border - Colour of the field, the group and the total's rule.
 *
 * @fires estimate-change - The reader settled on a pathway or a number of sessions; detail `{ pathway, sessions, total: { min, max } }` in whole cents, nothing else.
 * @fires content-error - The clinic's prices (JSON child or `src`) are unusable; detail `{ source, issues }`. A notice is shown, and no prices.
 */
export class CostEstimate extends ClinicElement {
  static override styles = [tokens, base, styles];

  static override properties = {
    ...ClinicElement.properties,
    variant: {},
    pathway: {},
    sessions: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    intakeUrl: { attribute: 'intake-url' },
    src: {},
    // `attribute: false` as well keeps internal state out of custom-elements.json.
    chosen: { state: true, attribute: false },
    count: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** `full` (default) or `compact`, for sidebars: the sum on one line. */
  declare variant: CostEstimateVariant;
  /** The pathway chosen at first, by id (`kat-psychedelic`, `kat-psycholytic`, `customised`, or one of the clinic's own); default: the first. */
  declare pathway?: string;
  /** Additional sessions at first, 0 to 12 (default 0). */
  declare sessions?: number;
  /** Level of the estimator's heading, 1–6; its sub-headings follow. Default: one below the page's heading before it, else 2. */
  declare headingLevel?: number;
  /** Where a reader books the intake call; default: the clinic context's `intake-url`. */
  declare intakeUrl?: string;
  /** Address of a JSON file with the clinic's own prices (used when there is no JSON child). */
  declare src?: string;

  /** The reader's pathway, once they pick one. */
  declare private chosen?: string;
  /** The reader's session count, once they set one. */
  declare private count?: number;
  /** What the field holds while it is not a usable count (the estimate keeps the last one). */
  declare private draft?: string;
  /** The live region's text: set when the reader settles on a choice, not on each keystroke. */
  declare private announcement: string;

  private readonly t = this.l10n.use(costStrings);
  private lastEmitted?: string;

  /**
   * Where the prices come from and whether they are usable.
   * @internal
   */
  readonly content = new ContentController<CostPrices>(this, {
    // Loaded only when a clinic gives its own prices: readers of the built-in ones never fetch zod.
    schema: () => import('../../content/cost.js').then((m) => m.costPricesSchema),
    // The built-in prices are a pack, per locale: a page with its own prices never fetches them.
    fallback: () => packContent(costPricesPack[this.l10n.locale]),
    fallbackKey: () => this.l10n.locale,
  });

  constructor() {
    super();
    this.variant = 'full';
    this.announcement = '';
  }

  // The server saw no JSON child and fetched no src: only the built-in prices hydrate.
  protected override matchesServerRender(): boolean {
    return this.content.source === undefined || this.content.source === 'pack';
  }

  protected override beforeHydration() {
    return packPending(costPricesPack[this.l10n.locale]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new starting choice from the author replaces the reader's.
    if (changed.has('pathway')) this.chosen = undefined;
    if (changed.has('sessions')) {
      this.count = undefined;
      this.draft = undefined;
    }
  }

  /** The pathway shown: the reader's, else the `pathway` attribute's, else the first. */
  private selected(prices: CostPrices): CostPathway {
    const { pathways } = prices;
    const wanted = this.chosen ?? this.pathway;
    const found = wanted ? pathways.find((p) => p.id === wanted) : undefined;
    if (wanted && !found && wanted === this.pathway) {
      this.authorError(
        `pathway "${wanted}" is not in the prices; use one of: ${pathways.map((p) => p.id).join(', ')}.`,
      );
    }
    return found ?? pathways[0]!;
  }

  /** Additional sessions: the reader's, else the `sessions` attribute's, else 0. */
  private get sessionsNow(): number {
    if (this.count !== undefined) return this.count;
    if (this.sessions === undefined || this.sessions === null) return MIN_SESSIONS;
    const given = sessionCount(String(this.sessions));
    if (given !== undefined) return given;
    this.authorError(
      `sessions "${this.getAttribute('sessions') ?? this.sessions}" must be a whole number from ${MIN_SESSIONS} to ${MAX_SESSIONS}; starting from ${MIN_SESSIONS}.`,
    );
    return MIN_SESSIONS;
  }

  private get look(): CostEstimateVariant {
    if (this.variant === 'full' || this.variant === 'compact') return this.variant;
    this.authorError(`variant "${this.variant}" is not known; use full or compact.`);
    return 'full';
  }

  private get level(): number {
    return headingLevel(this, {
      requested: this.headingLevel,
      hydrating: this.hydrating,
      authorError: (message) => this.authorError(message),
    });
  }

  private get resolvedIntakeUrl(): string | undefined {
    // The context checks its own link; this element checks its attribute the same way.
    if (this.intakeUrl === undefined) return this.clinic?.intakeUrl;
    const checked = checkUrl(this.intakeUrl, { relative: true, mailAndPhone: true });
    if (checked.ok) return checked.href;
    this.authorError(`intake-url "${this.intakeUrl}" ${checked.problem}; no link is shown.`);
    return undefined;
  }

  /** The estimate shown now, or undefined while there are no usable prices. */
  get estimate(): Estimate | undefined {
    const prices = this.content.value;
    return prices ? estimate(this.selected(prices), this.sessionsNow) : undefined;
  }

  protected override render() {
    const t = this.t();
    const prices = this.content.value;
    if (!prices) {
      if (this.content.status === 'error') {
        // No prices at all: never another clinic's in place of this one's.
        return html`<div class="base" part="base" lang=${this.l10n.locale} dir=${this.l10n.dir}>
          ${this.contentNotice()} ${this.renderConfirm(t)}
        </div>`;
      }
      return this.src && this.content.status === 'loading'
        ? html`<p class="loading" role="status">${this.common().loading}</p>`
        : nothing;
    }
    const level = this.level;
    const selected = this.selected(prices);
    const result = estimate(selected, this.sessionsNow);
    const money = this.formatter(prices);
    const compact = this.look === 'compact';
    return html`<section
      part="base"
      lang=${this.l10n.locale}
      dir=${this.l10n.dir}
      class="base ${compact ? 'compact' : 'full'}"
      aria-labelledby="title"
    >
      ${heading(level, t.title, { className: 'title', part: 'title', id: 'title' })}
      <p class="prices-note">
        ${t.fromPrices}
        ${t.currency(currencyName(intlTag(this.l10n.locale), prices.currency), prices.currency)}
      </p>
      ${this.renderPathways(t, prices, selected, money)}
      ${selected.to === undefined ? this.renderSessions(t) : nothing}
      <div class="estimate" part="estimate">
        ${heading(level + 1, t.estimate, { className: 'estimate-title' })}
        ${compact ? this.renderFormula(t, selected, result, money) : this.renderSum(t, selected, result, money)}
        ${
          prices.deposit
            ? html`<p class="deposit">
                ${(prices.deposit.refundable ? t.refundableDeposit : t.deposit)(
                  money(toCents(prices.deposit.amount)),
                )}
              </p>`
            : nothing
        }
        ${this.renderConfirm(t)}
      </div>
      ${this.renderInsurance(t, prices, level + 1)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  /** Every figure of one clinic's prices written alike: all with cents, or none. */
  private formatter(prices: CostPrices): (cents: number) => string {
    const amounts = prices.pathways.flatMap((p) => [p.from, p.perSession ?? 0, p.to ?? 0]);
    const withCents = hasCents([...amounts, prices.deposit?.amount ?? 0].map(toCents));
    return (cents) => formatMoney(cents, prices.currency, this.l10n.locale, withCents);
  }

  private priceLine(t: CostStrings, pathway: CostPathway, money: (cents: number) => string) {
    const from = money(toCents(pathway.from));
    return pathway.to === undefined
      ? t.sumPrice(from, money(toCents(pathway.perSession ?? 0)))
      : t.rangePrice(from, money(toCents(pathway.to)));
  }

  private renderPathways(
    t: CostStrings,
    prices: CostPrices,
    selected: CostPathway,
    money: (cents: number) => string,
  ) {
    return html`<fieldset class="pathways" part="pathways">
      <legend>${t.pathway}</legend>
      ${prices.pathways.map(
        (pathway) =>
          html`<label class="option">
            <input
              type="radio"
              name="pathway"
              .value=${pathway.id}
              .checked=${pathway.id === selected.id}
              @change=${this.onPathway}
            />
            <span class="option-text">
              <span class="name">${pathway.name}</span>
              <span class="price">${this.priceLine(t, pathway, money)}</span>
            </span>
          </label>`,
      )}
    </fieldset>`;
  }

  private renderSessions(t: CostStrings) {
    const min = formatNumber(MIN_SESSIONS, this.l10n.locale);
    const max = formatNumber(MAX_SESSIONS, this.l10n.locale);
    const invalid = this.draft !== undefined;
    return html`<div class="sessions">
      <label for="sessions">${t.sessions}</label>
      <span class="hint" id="sessions-hint">${t.sessionsHint(min, max)}</span>
      <input
        id="sessions"
        part="sessions"
        type="number"
        inputmode="numeric"
        min=${MIN_SESSIONS}
        max=${MAX_SESSIONS}
        step="1"
        aria-describedby=${invalid ? 'sessions-hint sessions-error' : 'sessions-hint'}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${this.draft ?? String(this.sessionsNow)}
        @input=${this.onSessionsInput}
        @change=${this.onSessionsChange}
      />
      ${invalid ? html`<p class="error" id="sessions-error">${t.sessionsError(min, max)}</p>` : nothing}
    </div>`;
  }

  private renderSum(
    t: CostStrings,
    pathway: CostPathway,
    result: Estimate,
    money: (cents: number) => string,
  ) {
    if (result.kind === 'range') {
      return html`<dl class="sum">
          <div class="row total">
            <dt>${t.range(pathway.name)}</dt>
            <dd>${t.rangeFormula(money(result.min), money(result.max))}</dd>
          </div>
        </dl>
        <p class="range-note">${t.rangeNote}</p>`;
    }
    const added = t.added[isSingular(result.sessions, this.l10n.locale) ? 'one' : 'other'];
    return html`<dl class="sum">
      <div class="row">
        <dt>${t.base(pathway.name)}</dt>
        <dd>${money(result.base)}</dd>
      </div>
      <div class="row">
        <dt>
          <span class="op" aria-hidden="true">+</span>
          ${added(formatNumber(result.sessions, this.l10n.locale), money(result.perSession))}
        </dt>
        <dd>${money(result.additional)}</dd>
      </div>
      <div class="row total">
        <dt><span class="op" aria-hidden="true">=</span> ${t.total}</dt>
        <dd>${money(result.total)}</dd>
      </div>
    </dl>`;
  }

  private renderFormula(
    t: CostStrings,
    pathway: CostPathway,
    result: Estimate,
    money: (cents: number) => string,
  ) {
    const text =
      result.kind === 'range'
        ? `${t.range(pathway.name)}${t.colon}${t.rangeFormula(money(result.min), money(result.max))}`
        : t.formula(
            money(result.base),
            formatNumber(result.sessions, this.l10n.locale),
            money(result.perSession),
            money(result.total),
          );
    return html`<p class="formula">${text}</p>`;
  }

  private renderConfirm(t: CostStrings) {
    const intake = this.resolvedIntakeUrl;
    return html`<p class="confirm">
      ${t.confirm}
      ${intake ? html`<a class="intake" part="intake" href=${intake}>${t.bookIntake}</a>` : nothing}
    </p>`;
  }

  private renderInsurance(t: CostStrings, prices: CostPrices, level: number) {
    const notes = prices.insurance ?? [];
    if (!notes.length) return nothing;
    return html`<div class="insurance" part="insurance">
      ${heading(level, t.insurance, { className: 'insurance-title' })}
      <ul>
        ${notes.map(
          (note) => html`<li><span class="plan">${note.plan}</span>${t.colon}${note.note}</li>`,
        )}
      </ul>
    </div>`;
  }

  private readonly onPathway = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    this.chosen = input.value;
    this.settle();
  };

  /** Typing updates the figures at once; the live region waits for `change`. */
  private readonly onSessionsInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    const count = sessionCount(value);
    if (count === undefined) {
      this.draft = value;
      return;
    }
    this.draft = undefined;
    this.count = count;
  };

  private readonly onSessionsChange = (event: Event): void => {
    this.onSessionsInput(event);
    if (this.draft === undefined) this.settle();
  };

  /** The reader settled on a choice: say the estimate once and tell the page (no answers). */
  private settle(): void {
    const prices = this.content.value;
    if (!prices) return;
    const t = this.t();
    const pathway = this.selected(prices);
    const result = estimate(pathway, this.sessionsNow);
    const money = this.formatter(prices);
    this.announcement =
      result.kind === 'range'
        ? t.announceRange(pathway.name, money(result.min), money(result.max))
        : t.announceSum[isSingular(result.sessions, this.l10n.locale) ? 'one' : 'other'](
            pathway.name,
            formatNumber(result.sessions, this.l10n.locale),
            money(result.total),
          );
    const detail: EstimateChangeDetail = {
      pathway: result.pathway,
      sessions: result.sessions,
      total:
        result.kind === 'range'
          ? { min: result.min, max: result.max }
          : { min: result.total, max: result.total },
    };
    const key = JSON.stringify(detail);
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    emit<EstimateChangeDetail>(this, 'estimate-change', detail);
  }
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(el: Element, locale: Locale): Promise<unknown>[] {
  return [
    ...commonPreload(locale),
    costStrings[locale](),
    ...(hasOwnContent(el) ? [] : [costPricesPack[locale]()]),
  ];
}
