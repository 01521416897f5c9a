import type { Locale } from '../../context/clinic-context.js';
import { html, isServer, nothing } from 'lit';
import type * as z from 'zod/mini';
import { ContentController } from '../../content/content-controller.js';
import { packContent, packPending } from '../../content/lazy.js';
import { namedPack, preloadNamed, takeawaysPacks } from '../../content/pack-loaders.js';
import type { Takeaways, TakeawaysPackName } from '../../content/takeaways.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './key-takeaways.styles.js';
import { takeawaysStrings } from './strings/index.js';

export type KeyTakeawaysVariant = 'full' | 'compact';
export type { TakeawaysPackName };

const LIST_SLOT = 'list';
/** The author's own list, pasted inside the tag: it is the content, and no pack is read. */
const PASTED_LIST = ':scope > ul, :scope > ol';

/** The author's own list, pasted inside the tag, and the heading above it if any. */
interface PastedList {
  list: HTMLUListElement | HTMLOListElement;
  heading?: HTMLElement;
}

type TakeawaysSource = Takeaways | PastedList;

/** What enhancing changed on the author's markup, to give back when it stops being used. */
interface Enhanced {
  slot: string | null;
  heading?: HTMLElement;
  headingHidden?: boolean;
  hiddenItems: HTMLElement[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * @tagname key-takeaways
 * @summary The key points of an article as a short list under its own heading: the two
 * articles' built-in points (`pack`), the clinic's own as JSON, or a list pasted inside the
 * tag, which reads as it is before the script runs.
 *
 * A list under a heading, not a landmark; it prints with its frame and without its shading.
 *
 * @slot - The author's own points as a `<ul>` or `<ol>` (optionally after a heading, whose
 * text becomes the title and whose level the default level). They stay in the page (light
 * DOM), readable without script, and are enhanced where they stand: the list is slotted
 * under the element's heading and the author's heading is hidden in its favour. A
 * `<script type="application/json">` child (`{"title"?, "items": [...]}`) or `src` takes
 * precedence, then the pasted list, then `pack`. Nothing else inside the tag is shown.
 *
 * @csspart base - The box around the heading and the list.
 * @csspart title - The heading.
 * @csspart list - The built-in or JSON list.
 * @csspart item - Each point of the built-in or JSON list.
 * @csspart notice - The neutral notice shown when the clinic's points could not be used.
 *
 * @cssprop --cw-takeaways-rule - Colour of the rule at the list's start (default: `--cw-accent`).
 *
 * @fires content-error - The clinic's points (JSON child or `src`) are unusable; detail `{ source, issues }`. A neutral notice is shown.
 */
export class KeyTakeaways extends ClinicElement {
  static override styles = [tokens, base, styles];

  static override properties = {
    ...ClinicElement.properties,
    pack: {},
    src: {},
    limit: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    variant: {},
  };

  /** Built-in points when no other content is given: `ketamine-addiction` or `ketamine-addictive`. */
  declare pack?: TakeawaysPackName;
  /** Address of a JSON file with the clinic's own points (used when there is no JSON child). */
  declare src?: string;
  /** Show at most this many points. */
  declare limit?: number;
  /** Level of the heading, 1–6. Default: the pasted heading's level, else one below the page's heading before the list, else 2. */
  declare headingLevel?: number;
  /** `full` (default) or `compact`, for sidebars. */
  declare variant: KeyTakeawaysVariant;

  /**
   * Where the points came from and whether they are usable.
   * @internal
   */
  readonly content = new ContentController<TakeawaysSource>(this, {
    // Loaded only when a clinic gives its own points: readers of a pack never fetch zod.
    schema: () =>
      import('../../content/takeaways.js').then(
        (m) => m.takeawaysSchema as z.ZodMiniType<TakeawaysSource>,
      ),
    fallback: () => this.fallbackContent(),
    fallbackKey: () => `${this.pack}:${this.l10n.locale}`,
  });

  private readonly t = this.l10n.use(takeawaysStrings);
  private readonly enhanced = new Map<HTMLElement, Enhanced>();

  constructor() {
    super();
    this.variant = 'full';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The author's markup is given back as it was; reconnecting enhances it again.
    this.release();
  }

  protected override beforeHydration() {
    return packPending(this.packCatalogue?.[this.l10n.locale]);
  }

  // The server saw neither pasted markup nor a JSON child: only a pack (or nothing) hydrates.
  protected override matchesServerRender(): boolean {
    return this.content.source === undefined || this.content.source === 'pack';
  }

  protected override updated(): void {
    this.enhance();
  }

  protected override render() {
    const value = this.content.value;
    const status = this.content.status;
    if (status === 'error') return this.contentNotice();
    if (!value) {
      // A pack arrives within a moment: the reserved space stays empty rather than flash a line.
      return status === 'loading' && this.content.source === 'src'
        ? html`<p class="loading" role="status">${this.common().loading}</p>`
        : nothing;
    }
    const pasted = 'list' in value ? value : undefined;
    const title = pasted
      ? collapse(pasted.heading?.textContent ?? '') || this.t().title
      : (value as Takeaways).title || this.t().title;
    const level = this.level(pasted?.heading);
    return html`<div
      class="base ${this.look}"
      part="base"
      lang=${this.l10n.locale}
      dir=${this.l10n.dir}
    >
      ${heading(level, title, { className: 'title', part: 'title' })}
      ${
        pasted
          ? html`<slot name=${LIST_SLOT}></slot>`
          : html`<ul class="items" part="list">
              ${this.limited((value as Takeaways).items).map(
                (item) => html`<li part="item">${item}</li>`,
              )}
            </ul>`
      }
    </div>`;
  }

  private get look(): KeyTakeawaysVariant {
    if (this.variant === 'full' || this.variant === 'compact') return this.variant;
    this.authorError(`variant "${this.variant}" is not known; use full or compact.`);
    return 'full';
  }

  private level(pastedHeading?: HTMLElement): number {
    const own = /^h([1-6])$/.exec(pastedHeading?.localName ?? '')?.[1];
    return headingLevel(this, {
      requested: this.headingLevel ?? (own ? Number(own) : undefined),
      hydrating: this.hydrating,
      authorError: (message) => this.authorError(message),
    });
  }

  private get validLimit(): number | undefined {
    const limit = this.limit;
    if (limit == null) return undefined;
    if (Number.isInteger(limit) && limit > 0) return limit;
    this.authorError(
      `limit "${this.getAttribute('limit') ?? limit}" must be a whole number above 0; showing every point.`,
    );
    return undefined;
  }

  private limited<T>(items: readonly T[]): readonly T[] {
    const limit = this.validLimit;
    return limit ? items.slice(0, limit) : items;
  }

  private get packCatalogue() {
    return namedPack(takeawaysPacks, this.pack, (message) => this.authorError(message));
  }

  private fallbackContent() {
    // A server renderer sees no children: it renders only a pack.
    const list = isServer
      ? null
      : this.querySelector<HTMLUListElement | HTMLOListElement>(PASTED_LIST);
    // Synchronous, so pasted markup is enhanced in the first render, without a flash.
    if (list) {
      let heading: HTMLElement | undefined;
      for (let node = list.previousElementSibling; node; node = node.previousElementSibling) {
        if (/^h[1-6]$/.test(node.localName)) {
          heading = node as HTMLElement;
          break;
        }
      }
      return { value: { list, heading } as TakeawaysSource, source: 'markup' as const };
    }
    return packContent<TakeawaysSource>(this.packCatalogue?.[this.l10n.locale]);
  }

  /**
   * Enhances the author's list where it stands (as GOV.UK's components do): it is slotted
   * under the element's heading, points past `limit` are hidden, and the author's heading is
   * hidden in favour of the element's. Only attributes change: no node moves.
   */
  private enhance(): void {
    const value = this.content.value;
    const pasted = value && 'list' in value ? value : undefined;
    if (!pasted) {
      this.release();
      return;
    }
    for (const element of [...this.enhanced.keys()]) {
      if (element !== pasted.list) this.release(element);
    }
    const { list, heading } = pasted;
    let was = this.enhanced.get(list);
    if (!was) {
      was = { slot: list.getAttribute('slot'), hiddenItems: [] };
      if (heading) Object.assign(was, { heading, headingHidden: heading.hidden });
      this.enhanced.set(list, was);
    }
    if (list.slot !== LIST_SLOT) list.slot = LIST_SLOT;
    if (heading && !heading.hidden) heading.hidden = true;
    const items = [...list.children].filter((c): c is HTMLElement => c.localName === 'li');
    const shown = new Set(this.limited(items));
    for (const item of items) {
      const hide = !shown.has(item);
      if (hide && !item.hidden) {
        item.hidden = true;
        was.hiddenItems.push(item);
      } else if (!hide && was.hiddenItems.includes(item)) {
        item.hidden = false;
        was.hiddenItems = was.hiddenItems.filter((i) => i !== item);
      }
    }
  }

  private release(only?: HTMLElement): void {
    for (const [element, was] of [...this.enhanced]) {
      if (only && element !== only) continue;
      this.enhanced.delete(element);
      if (was.slot === null) element.removeAttribute('slot');
      else element.slot = was.slot;
      for (const item of was.hiddenItems) item.hidden = false;
      if (was.heading) was.heading.hidden = was.headingHidden ?? false;
    }
  }
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(el: Element, locale: Locale): Promise<unknown>[] {
  const pasted = el.querySelector(PASTED_LIST);
  return [
    ...commonPreload(locale),
    takeawaysStrings[locale](),
    ...(pasted ? [] : preloadNamed(el, takeawaysPacks, locale)),
  ];
}
