import type { Locale } from '../../context/clinic-context.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { DisclaimerKind } from '../../content/disclaimers.js';
import { disclaimerNotices } from '../../content/pack-loaders.js';
import { formatDate, parseIsoDate } from '../../i18n/dates.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { PageJsonLd } from '../../internal/json-ld.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './medical-disclaimer.styles.js';
import { disclaimerStrings } from './strings/index.js';

const DAY_MS = 86_400_000;
const DEFAULT_REVIEW_INTERVAL = 365;
/** The notices in the order `all` shows them. */
const KINDS: readonly DisclaimerKind[] = ['educational', 'safety', 'access'];

/** What a disclaimer tells search engines about its page's review (schema.org MedicalWebPage). */
interface ReviewLd {
  lastReviewed?: string;
  reviewedBy?: { '@type': 'Person'; name: string };
  dateModified?: string;
}

/** Disclaimers with review dates; the first in each document describes it, in one block. */
const reviewed = new PageJsonLd<ReviewLd>('data-medical-disclaimer', ([first]) =>
  first ? { '@type': 'MedicalWebPage', ...first } : undefined,
);

const isoDay = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/**
 * @tagname medical-disclaimer
 * @summary The educational, safety and access notices of a clinic page, with the medical
 * review line ("Medically reviewed by … on …", "Last updated …").
 *
 * When `reviewed-on` is older than `review-interval` days, the element gets a
 * `review-overdue` attribute and warns once in the console; readers see the dates as they are.
 *
 * The review dates and reviewer are also written for search engines as one schema.org
 * `MedicalWebPage` JSON-LD block in `<head>` (`lastReviewed`, `reviewedBy`, `dateModified`),
 * unless `no-jsonld` is set.
 *
 * @slot - Replaces the built-in notices with the clinic's own text; the review line stays.
 *
 * @csspart base - The block around the notices and the review line.
 * @csspart notice - Each built-in notice.
 * @csspart title - Each notice's title.
 * @csspart review - The review line.
 *
 * @cssprop --cw-surface-alt - Background of the block.
 * @cssprop --cw-text-muted - Colour of the review line.
 * @cssprop --cw-border - Colour of the top rule.
 */
export class MedicalDisclaimer extends ClinicElement {
  static override styles = [tokens, base, styles];

  static override properties = {
    ...ClinicElement.properties,
    kind: {},
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
    updatedOn: { attribute: 'updated-on' },
    reviewInterval: { attribute: 'review-interval', type: Number },
    now: {},
    noJsonld: { attribute: 'no-jsonld', type: Boolean },
    // `attribute: false` as well keeps internal state out of custom-elements.json.
    hasBody: { state: true, attribute: false },
  };

  /** `educational` (default), `safety`, `access`, or `all` (the three, in that order). */
  declare kind: DisclaimerKind | 'all';
  /** Who did the medical review, as readers should see it ("Dr. Ben Soffer, DO"). */
  declare reviewedBy?: string;
  /** Date of the medical review, `YYYY-MM-DD`. */
  declare reviewedOn?: string;
  /** Date the content last changed, `YYYY-MM-DD`. */
  declare updatedOn?: string;
  /** Days after `reviewed-on` before the review is overdue (default 365). */
  declare reviewInterval: number;
  /** Today's date for the overdue check (`YYYY-MM-DD` or a `Date`); default: the reader's current date. */
  declare now?: string | Date;
  /** Leave the page's MedicalWebPage JSON-LD to the page itself. */
  declare noJsonld: boolean;

  declare private hasBody: boolean;
  private readonly t = this.l10n.use(disclaimerStrings);
  /** The built-in notices, one chunk per locale, loaded before the first render like strings. */
  private readonly notices = this.l10n.use(disclaimerNotices);
  private reviewDate?: Date;
  private updateDate?: Date;
  private overdue = false;
  private readonly warned = new Set<string>();

  constructor() {
    super();
    this.kind = 'educational';
    this.reviewInterval = DEFAULT_REVIEW_INTERVAL;
    this.noJsonld = false;
    this.hasBody = false;
  }

  /** True when `reviewed-on` is more than `review-interval` days before `now`. */
  get reviewOverdue(): boolean {
    return this.overdue;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasBody = this.authorBody();
    // Moved or re-inserted: describe the page again.
    if (this.hasUpdated) this.syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    reviewed.set(this, undefined);
  }

  // The server cannot see the author's own text inside the tag: it rendered the notices.
  protected override matchesServerRender(): boolean {
    return !this.hasBody;
  }

  protected override willUpdate(): void {
    this.reviewDate = this.dateAttribute('reviewed-on', this.reviewedOn);
    this.updateDate = this.dateAttribute('updated-on', this.updatedOn);
    const today = this.today();
    const age = this.reviewDate
      ? Math.floor((today.getTime() - this.reviewDate.getTime()) / DAY_MS)
      : 0;
    const interval = this.interval;
    this.overdue = age > interval;
    if (this.overdue) {
      this.warnOnce(
        `the medical review of ${this.reviewedOn} is ${age} days old, more than review-interval (${interval} days): review the content and update reviewed-on.`,
      );
    }
  }

  protected override updated(): void {
    // Reflected for host stylesheets and CMS checks; readers never see an overdue mark.
    this.toggleAttribute('review-overdue', this.overdue);
    this.syncJsonLd();
  }

  private syncJsonLd(): void {
    const name = this.reviewedBy?.trim();
    const data: ReviewLd = {
      lastReviewed: isoDay(this.reviewDate),
      reviewedBy: name ? { '@type': 'Person', name } : undefined,
      dateModified: isoDay(this.updateDate),
    };
    const describes = this.isConnected && !this.noJsonld && Object.values(data).some(Boolean);
    reviewed.set(this, describes ? data : undefined);
  }

  protected override render() {
    return html`<div class="base" part="base" lang=${this.l10n.locale} dir=${this.l10n.dir}>
      <div class="body" ?hidden=${!this.hasBody}>
        <slot @slotchange=${this.onSlotChange}></slot>
      </div>
      ${this.hasBody ? nothing : this.kinds.map((kind) => this.renderNotice(kind))}
      ${this.renderReview()}
    </div>`;
  }

  private renderNotice(kind: DisclaimerKind) {
    const notice = this.notices()[kind];
    return html`<div class="notice" part="notice" role="note" aria-labelledby="title-${kind}">
      <p class="title" part="title" id="title-${kind}">${notice.title}</p>
      ${notice.text.map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>`;
  }

  private renderReview() {
    const t = this.t();
    const name = this.reviewedBy?.trim();
    const reviewed = this.reviewDate ? this.time(this.reviewDate) : undefined;
    const template =
      name && reviewed ? t.reviewedByOn : name ? t.reviewedBy : reviewed ? t.reviewedOn : undefined;
    const updated = this.updateDate ? this.time(this.updateDate) : undefined;
    if (!template && !updated) return nothing;
    return html`<p class="review" part="review">
      ${template ? html`<span class="reviewed">${fill(template, { name: name && t.reviewer(name), date: reviewed })}</span>` : nothing}${
        template && updated ? ' ' : nothing
      }${updated ? html`<span class="updated">${fill(t.updatedOn, { date: updated })}</span>` : nothing}
    </p>`;
  }

  private time(date: Date): TemplateResult {
    return html`<time datetime=${date.toISOString().slice(0, 10)}
      >${formatDate(date, this.l10n.locale)}</time
    >`;
  }

  private get kinds(): readonly DisclaimerKind[] {
    const kind = this.kind;
    if (kind === 'all') return KINDS;
    if (KINDS.includes(kind)) return [kind];
    this.authorError(`kind "${kind}" is not known; use educational, safety, access or all.`);
    return ['educational'];
  }

  private get interval(): number {
    const days = this.reviewInterval;
    if (Number.isInteger(days) && days > 0) return days;
    this.authorError(
      `review-interval "${days}" is not a whole number of days; using ${DEFAULT_REVIEW_INTERVAL}.`,
    );
    return DEFAULT_REVIEW_INTERVAL;
  }

  /** The calendar date the overdue check counts from, at UTC midnight like parsed ISO dates. */
  private today(): Date {
    const now = this.now;
    if (typeof now === 'string' && now) {
      const date = parseIsoDate(now);
      if (date) return date;
      this.authorError(`now "${now}" is not a date; use YYYY-MM-DD. Using the current date.`);
    }
    const local = now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
    return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
  }

  private dateAttribute(name: string, value: string | undefined): Date | undefined {
    if (!value) return undefined;
    const date = parseIsoDate(value);
    if (!date)
      this.authorError(
        `${name} "${value}" is not a date; use YYYY-MM-DD (for example 2026-05-31). It is not shown.`,
      );
    return date;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }

  private onSlotChange(): void {
    this.hasBody = this.authorBody();
  }

  /** Whether the author put text of their own inside the tag (whitespace does not count). */
  private authorBody(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element
        ? !node.hasAttribute('slot') && node.localName !== 'script' && node.localName !== 'style'
        : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }
}

/** "Reviewed by {name} on {date}." with the values put in place (templates keep the word order of each language). */
function fill(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? values[part] : part));
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(_el: Element, locale: Locale): Promise<unknown>[] {
  return [...commonPreload(locale), disclaimerStrings[locale](), disclaimerNotices[locale]()];
}
