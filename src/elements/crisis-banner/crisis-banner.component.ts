import { html, nothing, type PropertyValues } from 'lit';
import { ContentController } from '../../content/content-controller.js';
import {
  crisisLinesFor,
  fromClinicLines,
  type CrisisSupport,
} from '../../content/crisis-support.js';
import * as en from '../../i18n/en.js';
import * as fr from '../../i18n/fr.js';
import { pick } from '../../i18n/index.js';
import { contentNotice } from '../../internal/content-notice.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { crisisCompactView, crisisLinesView } from '../../internal/crisis-lines-view.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './crisis-banner.styles.js';

export type CrisisBannerVariant = 'banner' | 'inline' | 'compact';
const VARIANTS: readonly CrisisBannerVariant[] = ['banner', 'inline', 'compact'];

type BannerStrings = typeof en.crisisBanner;

/**
 * @tagname crisis-banner
 * @summary What to do in immediate danger and the suicide crisis lines for the reader's
 * region, one tap to call or text. It never renders empty: with no region it shows the
 * North American message, with a region it does not know the local emergency number and
 * Find A Helpline (never 988), and with unusable clinic lines it keeps the built-in ones.
 *
 * Plain text inside the tag is the no-script fallback: it shows until the script loads
 * and is then replaced. A `<script type="application/json">` child holds a clinic's own lines.
 *
 * @csspart base - The landmark region around the whole banner.
 * @csspart title - The visible title ("Crisis support").
 * @csspart emergency - The immediate-danger sentence and its emergency numbers.
 * @csspart lines - The list of crisis lines.
 * @csspart action - Each call, text or website link.
 * @csspart toggle - The fold/unfold button of a `collapsible` banner.
 * @csspart notice - The neutral notice shown when the clinic's lines could not be used.
 *
 * @cssprop --cw-crisis-surface - Background of the banner (default: `--cw-danger-surface`).
 * @cssprop --cw-crisis-accent - Border, title and call-link colour (default: `--cw-danger`).
 * @cssprop --cw-crisis-z-index - Stacking order of a `sticky` banner (default: 10).
 *
 * @fires content-error - The clinic's lines (JSON child or `src`) are unusable; detail `{ source, issues }`. The built-in lines are shown.
 */
export class CrisisBanner extends ClinicElement {
  static override styles = [tokens, base, styles];

  static override properties = {
    ...ClinicElement.properties,
    variant: {},
    sticky: { type: Boolean, reflect: true },
    collapsible: { type: Boolean },
    src: {},
    // `attribute: false` as well keeps internal state out of custom-elements.json.
    expanded: { state: true, attribute: false },
  };

  /** `banner` (full width, default), `inline` (a callout inside an article) or `compact` (one line). */
  declare variant: CrisisBannerVariant;
  /** Keeps the banner at the top of the viewport while the page scrolls (it takes its own space, it does not cover content). */
  declare sticky: boolean;
  /** Adds a button that folds the banner to the compact line and back. A `compact` banner starts folded. Nothing is stored. */
  declare collapsible: boolean;
  /** Address of a JSON file with the clinic's own lines (used when there is no JSON child). */
  declare src?: string;

  /** The reader's choice; undefined until they press the toggle. */
  declare private expanded?: boolean;

  private readonly content = new ContentController(this, {
    // Loaded only when a clinic gives its own lines: readers of the default banner never fetch zod.
    schema: () => import('../../content/crisis-lines.js').then((m) => m.crisisLinesSchema),
  });

  constructor() {
    super();
    this.variant = 'banner';
    this.sticky = false;
    this.collapsible = false;
  }

  /** The lines shown now: the clinic's own when valid, else the built-in ones for the region. */
  get support(): CrisisSupport {
    const own = this.content.value;
    return own ? fromClinicLines(own) : crisisLinesFor(this.resolvedRegion, this.resolvedLocale);
  }

  private get look(): CrisisBannerVariant {
    if (VARIANTS.includes(this.variant)) return this.variant;
    this.authorError(`variant "${this.variant}" is not known; use banner, inline or compact.`);
    return 'banner';
  }

  private get folded(): boolean {
    if (!this.collapsible) return false;
    return this.expanded === undefined ? this.look === 'compact' : !this.expanded;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new variant starts from its own folded state again.
    if (changed.has('variant') || changed.has('collapsible')) this.expanded = undefined;
  }

  protected override render() {
    const t = pick(this.resolvedLocale, en.crisisBanner, fr.crisisBanner);
    const support = this.support;
    const folded = this.folded;
    // Unfolding a compact banner shows the full banner.
    const look = folded
      ? 'compact'
      : this.collapsible && this.look === 'compact'
        ? 'banner'
        : this.look;
    return html`<section part="base" class="base ${look}" aria-label=${t.label}>
      <div class="content" id="content">
        ${look === 'compact' ? this.renderCompact(t, support) : this.renderFull(t, support)}
      </div>
      ${this.collapsible ? this.renderToggle(t, folded) : nothing}
    </section>`;
  }

  private renderFull(t: BannerStrings, support: CrisisSupport) {
    return html`<p class="title" part="title">
        <span class="visually-hidden">${t.urgent} </span>${t.label}
      </p>
      ${crisisLinesView(t, support)}
      ${this.content.status === 'error' ? contentNotice(this.resolvedLocale) : nothing}`;
  }

  private renderCompact(t: BannerStrings, support: CrisisSupport) {
    return crisisCompactView(t, support);
  }

  private renderToggle(t: BannerStrings, folded: boolean) {
    return html`<button
      class="toggle"
      part="toggle"
      type="button"
      aria-expanded=${folded ? 'false' : 'true'}
      aria-controls="content"
      @click=${() => (this.expanded = folded)}
    >
      ${t.details}
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M3.2 5.6 8 10.4l4.8-4.8 1.1 1.1L8 12.6 2.1 6.7z" />
      </svg>
    </button>`;
  }
}
