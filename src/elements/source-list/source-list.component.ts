import type { Locale } from '../../context/clinic-context.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type * as z from 'zod/mini';
import { ContentController } from '../../content/content-controller.js';
import { packContent, packPending } from '../../content/lazy.js';
import { namedPack, preloadNamed, sourceListPacks } from '../../content/pack-loaders.js';
import type {
  Source,
  SourceList as SourceListContent,
  SourceListPackName,
} from '../../content/sources.js';
import { displayHost } from '../../internal/display-host.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { externalLink, externalLinkStyles } from '../../internal/external-link.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import { ListedSources, type ListedEntry } from '../../internal/source-links/source-registry.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { formattedCitation, plainCitation, referenceText } from './reference.js';
import { styles } from './source-list.styles.js';
import { sourceListStrings } from './strings/index.js';

export type { SourceListPackName };

/**
 * @tagname source-list
 * @summary An article's numbered sources: authors, year, title, journal and a safe link to
 * each, a way to copy each citation, and links between the list and the evidence cards
 * that cite it.
 *
 * Each entry has a stable address a reader can link to: `#source-3` is the third (a page
 * element that already has that id, or a second list, gets `#source-3-2`). With a list on
 * the page, every `<evidence-card>` in the same document shows each citation's number from
 * this list and links to its entry, and each entry links back to the cards that cite it; the
 * numbers are this list's order, whatever it is. A card matches an entry by its `id`, else
 * by its address.
 *
 * `pack` gives the built-in list of one of the clinic's articles; a
 * `<script type="application/json">` child (`{"title"?, "sources": [...]}`), or `src`, gives
 * the clinic's own, numbered in the order given.
 *
 * @csspart base - The block around the heading and the list.
 * @csspart title - The heading.
 * @csspart list - The numbered list.
 * @csspart entry - Each entry.
 * @csspart copy - Each entry's copy button.
 * @csspart notice - The neutral notice shown when the clinic's list could not be used.
 *
 * @fires content-error - The clinic's list (JSON child or `src`) is unusable; detail `{ source, issues }`. A neutral notice is shown.
 */
export class SourceList extends ClinicElement {
  static override styles = [tokens, base, externalLinkStyles, styles];

  static override properties = {
    ...ClinicElement.properties,
    pack: {},
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    copied: { state: true, attribute: false },
    copyFailed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Built-in sources when no other content is given: `ketamine-addiction` (13) or `ketamine-addictive` (3). */
  declare pack?: SourceListPackName;
  /** Address of a JSON file with the clinic's own list (used when there is no JSON child). */
  declare src?: string;
  /** Level of the heading, 1–6. Default: one below the page's heading before the list, else 2. */
  declare headingLevel?: number;

  /** The number of the entry whose citation was just copied. */
  declare private copied?: number;
  /** The number of the entry whose citation could not be copied. */
  declare private copyFailed?: number;
  declare private announcement: string;

  /**
   * Where the list came from and whether it is usable.
   * @internal
   */
  readonly content = new ContentController<SourceListContent>(this, {
    // Loaded only when a clinic gives its own list: readers of a pack never fetch zod.
    schema: () =>
      import('../../content/sources.js').then(
        (m) => m.sourceListSchema as z.ZodMiniType<SourceListContent>,
      ),
    fallback: () => this.fallbackContent(),
    fallbackKey: () => `${this.pack}:${this.l10n.locale}`,
  });

  private readonly t = this.l10n.use(sourceListStrings);
  private readonly listed = new ListedSources(this);
  private listedFrom?: SourceListContent;

  constructor() {
    super();
    this.announcement = '';
  }

  protected override beforeHydration() {
    return packPending(this.packCatalogue?.[this.l10n.locale]);
  }

  // The server saw no JSON child and fetched no src: only a pack (or nothing) hydrates.
  protected override matchesServerRender(): boolean {
    return this.content.source === undefined || this.content.source === 'pack';
  }

  // Content is read here, not in willUpdate: the controller loads after willUpdate.
  protected override update(changed: Parameters<ClinicElement['update']>[0]): void {
    const value = this.content.status === 'ready' ? this.content.value : undefined;
    if (value !== this.listedFrom) {
      this.listedFrom = value;
      this.copied = this.copyFailed = undefined;
      this.listed.set(value?.sources.map(({ id, url }) => ({ id, url })));
    }
    super.update(changed);
  }

  protected override render() {
    const value = this.content.value;
    const status = this.content.status;
    if (status === 'error') return this.contentNotice();
    if (!value) {
      return status === 'loading' && this.content.source === 'src'
        ? html`<p class="loading" role="status">${this.common().loading}</p>`
        : nothing;
    }
    const t = this.t();
    const entries = this.listed.entries();
    return html`<div class="base" part="base" lang=${this.l10n.locale} dir=${this.l10n.dir}>
      ${heading(this.level, value.title || t.title, { className: 'title', part: 'title' })}
      <ol class="sources" part="list">
        ${value.sources.map((source, i) => this.renderEntry(source, i + 1, entries?.[i]))}
      </ol>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderEntry(source: Source, number: number, entry: ListedEntry | undefined) {
    const t = this.t();
    // Citations keep their own language: a French reader's screen reader reads them in English.
    const lang = source.lang && source.lang !== this.l10n.locale ? source.lang : undefined;
    const copied = this.copied === number;
    return html`<li
      class="entry"
      part="entry"
      data-fragment=${ifDefined(entry?.fragment)}
      tabindex=${ifDefined(entry ? '-1' : undefined)}
    >
      <cite lang=${ifDefined(lang)}>${referenceText(source)}</cite>
      ${
        source.url
          ? externalLink(source.url, source.label ?? displayHost(source.url), t.newTab)
          : nothing
      }
      ${source.note ? html`<p class="note">${source.note}</p>` : nothing}
      <p class="tools">
        <button
          type="button"
          class="copy"
          part="copy"
          ?data-copied=${copied}
          @click=${() => this.copy(source, number)}
        >
          ${copied ? t.copied : t.copy}<span class="visually-hidden"> ${t.copyWhich(number)}</span>
        </button>
        ${entry?.citedBy.length ? this.renderCitedBy(entry) : nothing}
      </p>
      ${this.copyFailed === number ? html`<p class="copy-failed">${t.copyFailed(number)}</p>` : nothing}
    </li>`;
  }

  private renderCitedBy(entry: ListedEntry) {
    const t = this.t();
    return html`<span class="cited-by"
      >${t.citedIn}${entry.citedBy.map(
        (citation, i) =>
          html`${i ? ',' : ''}
            <a href="#${citation.fragment}"
              ><span aria-hidden="true">↩ </span
              ><span class="visually-hidden">${t.backTo} </span>${citation.label}</a
            >`,
      )}</span
    >`;
  }

  private get level(): number {
    return headingLevel(this, {
      requested: this.headingLevel,
      hydrating: this.hydrating,
      authorError: (message) => this.authorError(message),
    });
  }

  private get packCatalogue() {
    return namedPack(sourceListPacks, this.pack, (message) => this.authorError(message));
  }

  private fallbackContent() {
    return packContent(this.packCatalogue?.[this.l10n.locale]);
  }

  /**
   * Puts the citation on the clipboard twice over: as plain text, and as a formatted
   * reference line (`text/html`) that documents and e-mails keep formatted. Nothing leaves
   * the page.
   */
  private async copy(source: Source, number: number): Promise<void> {
    const t = this.t();
    const plain = plainCitation(source);
    let copied = false;
    try {
      const clipboard = navigator.clipboard;
      if (typeof ClipboardItem === 'function' && clipboard.write) {
        const blob = (text: string, type: string) => new Blob([text], { type });
        await clipboard.write([
          new ClipboardItem({
            'text/plain': blob(plain, 'text/plain'),
            'text/html': blob(formattedCitation(source), 'text/html'),
          }),
        ]);
      } else {
        await clipboard.writeText(plain);
      }
      copied = true;
    } catch {
      copied = false;
    }
    this.copied = copied ? number : undefined;
    this.copyFailed = copied ? undefined : number;
    this.announce(copied ? t.copiedAnnouncement(number) : t.copyFailed(number));
  }

  private announce(message: string): void {
    // A repeated message must still change the live region to be announced again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(el: Element, locale: Locale): Promise<unknown>[] {
  return [
    ...commonPreload(locale),
    sourceListStrings[locale](),
    ...preloadNamed(el, sourceListPacks, locale),
  ];
}
