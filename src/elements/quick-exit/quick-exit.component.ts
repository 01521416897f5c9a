import type { Locale } from '../../context/clinic-context.js';
import { html, nothing, type PropertyValues } from 'lit';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { QuickExitControl } from '../../internal/exit-control.js';
import { quickExitStyles } from '../../internal/exit-styles.js';
import { FitWatcher, setPinned, STICKY_BUDGET } from '../../internal/sticky-stack.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './quick-exit.styles.js';
import { quickExitStrings } from './strings/index.js';

export type QuickExitVariant = 'inline' | 'sticky';
const VARIANTS: readonly QuickExitVariant[] = ['inline', 'sticky'];

/** How a sticky quick exit fits: with its two lines, its button alone, or not pinned. */
type StickyFit = 'full' | 'compact' | 'scroll';

/**
 * @tagname quick-exit
 * @summary A way to leave the page at once, for readers who are not safe to be seen reading
 * it: "Leave this page" hides the page behind a plain overlay and replaces the location with a
 * neutral address (`location.replace`, so Back does not return). Pressing Shift three times
 * within a second does the same from anywhere on the page (`no-shortcut` turns that off).
 * One line beside the button, part of its description, says that it does not clear the
 * browser's history and how to browse privately. It makes no request before it is used and
 * stores nothing.
 *
 * Markup inside the tag (a plain link to the same address) is the no-script fallback: it
 * shows until the script loads and is then replaced.
 *
 * @csspart base - The box (or the sticky bar) around the control.
 * @csspart quick-exit - The button and its notes.
 * @csspart quick-exit-button - The "Leave this page" button.
 * @csspart quick-exit-notes - The shortcut and the line on what leaving does not do.
 *
 * @cssprop --cw-quick-exit-surface - Background of the button (default: `--cw-danger`).
 * @cssprop --cw-quick-exit-text - Text colour of the button (default: `--cw-surface`, so white on the default red).
 * @cssprop --cw-quick-exit-bar - Background of the sticky bar (default: `--cw-surface`).
 * @cssprop --cw-quick-exit-z-index - Stacking order of a pinned `sticky` bar (default: 10).
 *
 * A pinned `sticky` bar sits below a pinned `<crisis-banner sticky>` and sets
 * `--cw-quick-exit-height` on the document root to its height (clinic-widgets.css adds it to
 * `scroll-padding-top`).
 */
export class QuickExit extends ClinicElement {
  static override styles = [tokens, base, quickExitStyles, styles];

  static override properties = {
    ...ClinicElement.properties,
    href: {},
    variant: {},
    noShortcut: { attribute: 'no-shortcut', type: Boolean },
    // `attribute: false` as well keeps internal state out of custom-elements.json.
    fit: { state: true, attribute: false },
  };

  /** The neutral address the reader is sent to (`https:` or `http:`; default `https://www.wikipedia.org/`). Any other value is an author error and the default is used. */
  declare href?: string;
  /** `inline` (default: in the text where it stands) or `sticky` (stays at the top of the viewport while the page scrolls, below a sticky crisis banner, taking its own space). */
  declare variant: QuickExitVariant;
  /** Turns off the shortcut (three presses of Shift); the button stays. */
  declare noShortcut: boolean;

  /** Measured: how a sticky bar fits the viewport now. */
  declare private fit: StickyFit;

  private readonly t = this.l10n.use(quickExitStrings);
  private readonly control = new QuickExitControl(this, {
    shown: () => true,
    href: () => this.href,
    shortcut: () => !this.noShortcut,
    strings: this.t,
    authorError: (message) => this.authorError(message),
  });

  /** Viewport size, bar width and text size the fit was measured for. */
  private fitFor = '';
  private internals?: ElementInternals;

  constructor() {
    super();
    this.variant = 'inline';
    this.noShortcut = false;
    this.fit = 'full';
    // Measures the fit again after each update, on resize and when the text size changes.
    new FitWatcher(this, this.measureFit);
  }

  /** Leaves the page now, as the button does. */
  leave(): void {
    this.control.leave();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.internals ??= this.attachInternals();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pin(false);
  }

  private get look(): QuickExitVariant {
    if (VARIANTS.includes(this.variant)) return this.variant;
    this.authorError(`variant "${this.variant}" is not known; use inline or sticky.`);
    return 'inline';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Anything but the fit itself may change the height: measure again from the full bar.
    if (changed.size === 0 || [...changed.keys()].some((key) => key !== 'fit')) this.fit = 'full';
  }

  /**
   * A sticky bar keeps its two lines while it takes a tenth of the viewport at most (the
   * other half of the budget stays the crisis banner's), else its button alone; if even that
   * takes more than the budget (a short viewport, large text) it scrolls with the page.
   */
  private readonly measureFit = (): void => {
    if (!this.isConnected || this.isUpdatePending) return;
    if (this.look !== 'sticky') return this.pin(false);
    const box = this.getBoundingClientRect();
    const measuredFor = `${innerWidth}x${innerHeight} ${Math.round(box.width)} ${getComputedStyle(this).fontSize}`;
    if (measuredFor !== this.fitFor) {
      this.fitFor = measuredFor;
      if (this.fit !== 'full') {
        this.fit = 'full';
        return;
      }
    }
    const budget = innerHeight * STICKY_BUDGET;
    if (this.fit === 'full' && box.height > budget / 2) {
      this.fit = 'compact';
      return;
    }
    if (this.fit === 'compact' && box.height > budget) {
      this.fit = 'scroll';
      return this.pin(false);
    }
    this.pin(this.fit !== 'scroll', box.height);
  };

  /** Pins the bar (CSS `:state(pinned)`) and publishes its height, or releases both. */
  private pin(pinned: boolean, height = 0): void {
    const states = this.internals?.states;
    if (pinned) states?.add('pinned');
    else states?.delete('pinned');
    setPinned('exit', this, pinned ? height : undefined);
  }

  protected override render() {
    const look = this.look;
    const sticky = look === 'sticky';
    return html`<div part="base" class="base ${look}" lang=${this.l10n.locale} dir=${this.l10n.dir}>
      ${this.control.view(sticky && this.fit === 'compact')}
      ${sticky ? html`<span class="text-size" aria-hidden="true"></span>` : nothing}
    </div>`;
  }
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(_el: Element, locale: Locale): Promise<unknown>[] {
  return [...commonPreload(locale), quickExitStrings[locale]()];
}
