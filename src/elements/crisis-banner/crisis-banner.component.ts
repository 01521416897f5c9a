import type { Locale } from '../../context/clinic-context.js';
import { html, nothing, type PropertyValues } from 'lit';
import { ContentController } from '../../content/content-controller.js';
import {
  crisisLinesFor,
  fromClinicLines,
  type CrisisSupport,
} from '../../content/crisis-support.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { crisisCompactView, crisisLinesView } from '../../internal/crisis-lines-view.js';
import { embeddedQuickExit, preloadExit } from '../../internal/embedded-exit.js';
import { quickExitStyles } from '../../internal/exit-styles.js';
import {
  FitWatcher,
  onPinnedChange,
  pinnedHeight,
  setPinned,
  STICKY_BUDGET,
} from '../../internal/sticky-stack.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './crisis-banner.styles.js';
import { bannerStrings, type BannerStrings } from './strings/index.js';

export type CrisisBannerVariant = 'banner' | 'inline' | 'compact';
const VARIANTS: readonly CrisisBannerVariant[] = ['banner', 'inline', 'compact'];

/** How a sticky banner fits the viewport: whole, folded to its compact line, or not pinned. */
type StickyFit = 'full' | 'compact' | 'scroll';

/** Elements of this library that show a banner inside their own result (part of it, not a landmark). */
const WIDGET_HOSTS = ['eligibility-check', 'evidence-card', 'faq-list', 'medical-disclaimer'];

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
 * A pinned `sticky` banner sets `--cw-crisis-banner-height` on the document root to its
 * height (clinic-widgets.css turns it into `scroll-padding-top`).
 *
 * @fires content-error - The clinic's lines (JSON child or `src`) are unusable; detail `{ source, issues }`. The built-in lines are shown.
 */
export class CrisisBanner extends ClinicElement {
  static override styles = [tokens, base, quickExitStyles, styles];

  static override properties = {
    ...ClinicElement.properties,
    variant: {},
    sticky: { type: Boolean, reflect: true },
    collapsible: { type: Boolean },
    src: {},
    quickExit: { attribute: 'quick-exit', type: Boolean },
    quickExitHref: { attribute: 'quick-exit-href' },
    // `attribute: false` as well keeps internal state out of custom-elements.json.
    expanded: { state: true, attribute: false },
    fit: { state: true, attribute: false },
    nested: { state: true, attribute: false },
  };

  /** `banner` (full width, default), `inline` (a callout inside an article) or `compact` (one line). */
  private readonly strings = this.l10n.use(bannerStrings);

  declare variant: CrisisBannerVariant;
  /** Keeps the banner at the top of the viewport while the page scrolls (it takes its own space, it does not cover content). */
  declare sticky: boolean;
  /** Adds a button that folds the banner to the compact line and back. A `compact` banner starts folded. Nothing is stored. */
  declare collapsible: boolean;
  /** Address of a JSON file with the clinic's own lines (used when there is no JSON child). */
  declare src?: string;
  /** Shows the quick exit ("Leave this page", and Shift three times) in the banner, as `<quick-exit>` does. */
  declare quickExit: boolean;
  /** The quick exit's neutral address (`https:` or `http:`; default `https://www.wikipedia.org/`). */
  declare quickExitHref?: string;

  /** The reader's choice; undefined until they press the toggle. */
  declare private expanded?: boolean;
  /** Measured: how a sticky banner fits the viewport now. */
  declare private fit: StickyFit;
  /** Inside another widget's result: a named group of it, not a second landmark. */
  declare private nested: boolean;

  /** Viewport size, banner width and text size the fit was measured for. */
  private fitFor = '';
  private stopFollowingStack?: () => void;
  private internals?: ElementInternals;

  private readonly quickExitView = embeddedQuickExit(this, this.l10n, {
    shown: () => this.quickExit,
    href: () => this.quickExitHref,
    shortcut: () => true,
    authorError: (message) => this.authorError(message),
  });

  private readonly content = new ContentController(this, {
    // Loaded only when a clinic gives its own lines: readers of the default banner never fetch zod.
    schema: () => import('../../content/crisis-lines.js').then((m) => m.crisisLinesSchema),
  });

  constructor() {
    super();
    this.variant = 'banner';
    this.sticky = false;
    this.collapsible = false;
    this.quickExit = false;
    this.fit = 'full';
    this.nested = false;
    // Measures the fit again after each update, on resize and when the text size changes.
    new FitWatcher(this, this.measureFit);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    this.nested = root instanceof ShadowRoot && WIDGET_HOSTS.includes(root.host.localName);
    this.internals ??= this.attachInternals();
    // A sticky <quick-exit> pinned below takes its share of the budget first.
    this.stopFollowingStack = onPinnedChange(this.measureFit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingStack?.();
    this.pin(false);
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

  /** The look shown now: the variant, the reader's fold, and what fits a sticky banner's budget. */
  private get shown(): CrisisBannerVariant {
    if (this.collapsible && this.expanded !== undefined) {
      // Unfolding a compact banner shows the full banner.
      return this.expanded ? (this.look === 'compact' ? 'banner' : this.look) : 'compact';
    }
    if (this.collapsible && this.look === 'compact') return 'compact';
    return this.fit === 'full' ? this.look : 'compact';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new variant starts from its own folded state again.
    if (changed.has('variant') || changed.has('collapsible')) this.expanded = undefined;
    // Anything but the fit itself may change the height: measure again from the full banner.
    if (changed.size === 0 || [...changed.keys()].some((key) => key !== 'fit')) this.fit = 'full';
  }

  /**
   * A sticky banner over its budget shows its compact line; if that is still too tall (a
   * short viewport, large text) or the reader unfolded it, it scrolls with the page instead.
   * Measured, not a media query, so it follows the reader's text size and the locale.
   */
  private readonly measureFit = (): void => {
    if (!this.isConnected || this.isUpdatePending) return;
    if (!this.sticky || this.nested) return this.pin(false);
    const box = this.getBoundingClientRect();
    const exit = pinnedHeight('exit');
    const measuredFor = `${innerWidth}x${innerHeight} ${Math.round(box.width)} ${getComputedStyle(this).fontSize} ${Math.ceil(exit)}`;
    if (measuredFor !== this.fitFor) {
      this.fitFor = measuredFor;
      if (this.fit !== 'full') {
        this.fit = 'full';
        return;
      }
    }
    if (box.height > innerHeight * STICKY_BUDGET - exit) {
      const shorter = this.shown !== 'compact' && this.fit === 'full' && this.expanded !== true;
      this.fit = shorter ? 'compact' : 'scroll';
      if (this.fit === 'scroll') this.pin(false);
      return;
    }
    this.pin(this.fit !== 'scroll', box.height);
  };

  /** Pins the banner (CSS `:state(pinned)`) and publishes its height, or releases both. */
  private pin(pinned: boolean, height = 0): void {
    const states = this.internals?.states;
    if (pinned) states?.add('pinned');
    else states?.delete('pinned');
    setPinned('banner', this, pinned ? height : undefined);
  }

  protected override render() {
    const t = this.strings();
    const support = this.support;
    const look = this.shown;
    const content = html`<div class="content" id="content">
        ${look === 'compact' ? this.renderCompact(t, support) : this.renderFull(t, support)}
      </div>
      ${this.collapsible ? this.renderToggle(t, look === 'compact') : nothing}
      ${this.quickExitView(look === 'compact')}`;
    return this.nested
      ? html`<div
          part="base"
          class="base ${look}"
          role="group"
          aria-label=${t.label}
          lang=${this.l10n.locale}
          dir=${this.l10n.dir}
        >
          ${content}
        </div>`
      : html`<section
          part="base"
          class="base ${look}"
          aria-label=${t.label}
          lang=${this.l10n.locale}
          dir=${this.l10n.dir}
        >
          ${content}${this.sticky ? html`<span class="text-size" aria-hidden="true"></span>` : nothing}
        </section>`;
  }

  private renderFull(t: BannerStrings, support: CrisisSupport) {
    return html`<p class="title" part="title">
        <span class="visually-hidden">${t.urgent} </span>${t.label}
      </p>
      ${crisisLinesView(t, support)}
      ${this.content.status === 'error' ? this.contentNotice() : nothing}`;
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
      aria-label=${t.detailsName}
      @click=${() => (this.expanded = folded)}
    >
      ${t.details}
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M3.2 5.6 8 10.4l4.8-4.8 1.1 1.1L8 12.6 2.1 6.7z" />
      </svg>
    </button>`;
  }
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(el: Element, locale: Locale): Promise<unknown>[] {
  return [...commonPreload(locale), bannerStrings[locale](), ...preloadExit(el, locale)];
}
