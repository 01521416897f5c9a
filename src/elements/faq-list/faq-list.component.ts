import type { Locale } from '../../context/clinic-context.js';
import { html, isServer, noChange, nothing, type PropertyValues } from 'lit';
import type * as z from 'zod/mini';
import { ContentController } from '../../content/content-controller.js';
import type { FaqContent } from '../../content/faq.js';
import type { RichNode } from '../../content/rich-text.js';
import { FAQ_ID, slugify } from '../../content/faq-ids.js';
import { faqPacks, namedPack, preloadNamed, richText } from '../../content/pack-loaders.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { emit } from '../../internal/emit.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import { richTextTemplate } from '../../internal/rich-text-template.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { syncFaqJsonLd, type FaqQuestionLd } from './faq-jsonld.js';
import { styles } from './faq-list.styles.js';
import { fold, highlightMatches, matchRanges, plainText, queryWords } from './faq-search.js';
import { faqStrings, type FaqStrings } from './strings/index.js';

// The list's own ids hold a ':', which a question's id (FAQ_ID) never does: no collision.
const SEARCH_ID = 'faq:search';

// Rows hidden or shown in the keystroke's task at most, then per later task (showFilteredRows).
const FIRST_ROWS = 200;
const ROW_SLICE = 400;

/** How long typing must pause before the search count is announced (ms). */
export const SEARCH_PAUSE_MS = 800;

// `hidden="until-found"`: closed, yet find-in-page can open it (beforematch). TypeScript's DOM
// types know only the boolean form of `hidden`; the property takes this string too.
const UNTIL_FOUND = 'until-found' as unknown as boolean;

/** Detail of `faq-toggle`: which question (its id, as used in links) and its new state. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** The built-in FAQs, by the name the `pack` attribute takes. */
export type FaqPackName = 'ketamine-addiction' | 'ketamine-addictive';

// Answers written as strings (JSON, packs) need the sanitiser; pasted markup never does. It
// loads with the schema or the pack, which always arrive before such answers are shown.
const loadRichText = () => richText();

/** What the list reads: validated JSON or a pack, or the author's own `<details>`. */
type FaqSource = FaqContent | { details: HTMLDetailsElement[] };

interface Entry {
  id: string;
  question: string;
  /** The question's text in its button (search matches are highlighted over it, not wrapped). */
  label: Text;
  /** JSON or a pack: the answer built from sanitised JSON, in the shadow DOM. */
  body?: HTMLElement;
  /** The parsed answer of JSON or a pack: what a server renders, and hydration matches, in place of `body`. */
  answer?: readonly RichNode[];
  /** Pasted markup: the author's `<details>`, left in the light DOM and slotted as the answer. */
  details?: HTMLDetailsElement;
  /** The answer as plain text, for search and JSON-LD. */
  text: string;
  /** Folded question and answer, made on the first search. */
  haystack?: string;
  foldedQuestion?: string;
  /** Whether the search shows it, and whether its row is hidden now. */
  shown: boolean;
  /** The state its row was last rendered with. */
  renderedKey?: string;
  /** The search's matches in the question, made when its row is shown. */
  labelRanges?: StaticRange[];
  row?: HTMLElement;
  rowHidden?: boolean;
}

/** What enhancing changed on an author's `<details>`, to give back when it stops being used. */
interface Enhanced {
  slot: string | null;
  open: boolean;
  summary: HTMLElement | null;
  summaryHidden: boolean;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const chevron = html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
</svg>`;

/**
 * @tagname faq-list
 * @summary Questions and answers that each open on their own: searchable, linkable one by
 * one, printed in full, and described to search engines as one FAQPage per page.
 *
 * @slot - The author's FAQ as `<details><summary>Question</summary>…answer…</details>`
 * children, readable before the script loads. They stay in the page (light DOM), so its
 * styles and scripts keep reaching them: each is enhanced where it stands, slotted as its
 * question's answer (the element sets its `slot`), kept `open` with its `<summary>` hidden,
 * while the question becomes a button in a heading. A `<script type="application/json">`
 * child (`{"items": [...]}`) takes precedence.
 *
 * @csspart toolbar - The search box and the show/hide all buttons.
 * @csspart question - Each question's button.
 * @csspart answer - Each answer's panel.
 * @csspart notice - The notice shown in place of unusable content.
 *
 * @cssprop --cw-faq-highlight - Background of search matches (default `#ffe27a`).
 * @cssprop --cw-faq-highlight-text - Text of search matches (default `#1b1f24`, also on dark pages).
 * @cssprop --cw-faq-divider - Lines between questions (default `--cw-border`).
 *
 * @fires faq-toggle - A question opened or closed: `detail: { id, open }`.
 * @fires content-error - The JSON content was unusable: `detail: { source, issues }`.
 */
export class FaqList extends ClinicElement {
  static override styles = [tokens, base, styles];

  static override properties = {
    ...ClinicElement.properties,
    src: {},
    pack: {},
    limit: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    single: { type: Boolean },
    searchable: { type: Boolean },
    noJsonld: { attribute: 'no-jsonld', type: Boolean },
    query: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    copiedId: { state: true, attribute: false },
  };

  /** Address of the clinic's FAQ as JSON: `{"items": [{"id"?, "question", "answer"}]}`. */
  declare src?: string;
  /** Built-in FAQ when no other content is given: `ketamine-addiction` or `ketamine-addictive`. */
  declare pack?: FaqPackName;
  /** Show at most this many questions. */
  declare limit?: number;
  /** Level of each question's heading, 1 to 6. Default: one below the page's heading before the list, else 2. */
  declare headingLevel?: number;
  /** Keep at most one answer open. */
  declare single: boolean;
  /** Show a search box that filters the questions and answers as the reader types. */
  declare searchable: boolean;
  /** Leave this list out of the page's FAQPage JSON-LD. */
  declare noJsonld: boolean;

  declare private query: string;
  declare private announcement: string;
  declare private copiedId?: string;

  /** Where the questions came from and whether they could be used (`status`, `source`, `issues`). */
  readonly content = new ContentController<FaqSource>(this, {
    // Loaded only for JSON: readers of pasted markup or a pack never fetch zod. The schema
    // checks JSON only; the author's <details> arrive through the fallback.
    schema: async () => {
      const [{ faqSchema }] = await Promise.all([import('../../content/faq.js'), loadRichText()]);
      return faqSchema as z.ZodMiniType<FaqSource>;
    },
    fallback: () => this.fallbackContent(),
    // A built-in pack is one module per locale: a new locale or pack reads it again.
    fallbackKey: () => `${this.pack ?? ''}:${this.l10n.locale}`,
  });

  private readonly t = this.l10n.use(faqStrings);

  private entries: Entry[] = [];
  private readonly openIds = new Set<string>();
  /** Bumped on every open or close, so only the rows that changed re-render. */
  private openVersion = 0;
  private readonly adopted = new WeakMap<HTMLDetailsElement, Entry>();
  private readonly enhanced = new Map<HTMLDetailsElement, Enhanced>();
  /** The words and entries the rows were last filtered for. */
  private filteredFor?: string;
  private filteredEntries?: Entry[];
  private shownCount = 0;
  private renderedRows?: Entry[];
  private renderedKey?: string;
  private highlightedFor?: string;
  private highlightedEntries?: Entry[];
  private announceTimer?: ReturnType<typeof setTimeout>;
  private rowTimer?: ReturnType<typeof setTimeout>;
  private derivedFrom?: FaqSource;
  private derivedLimit?: number;
  private syncedEntries?: Entry[];
  private questionsLd?: FaqQuestionLd[];
  private handledHash?: string;
  private wordsFor = '';
  private wordsCache: string[] = [];

  constructor() {
    super();
    this.single = false;
    this.searchable = false;
    this.noJsonld = false;
    this.query = '';
    this.announcement = '';
  }

  /** Opens every question the search leaves shown (not with `single`). */
  expandAll(): void {
    if (this.single) return;
    this.filter();
    for (const entry of this.entries) if (entry.shown) this.setOpen(entry.id, true);
  }

  /** Closes every question. */
  collapseAll(): void {
    for (const id of [...this.openIds]) this.setOpen(id, false);
  }

  /**
   * This list's questions for the page's FAQPage JSON-LD, with plain-text answers.
   * @internal
   */
  get jsonLdQuestions(): readonly FaqQuestionLd[] {
    return (this.questionsLd ??= this.entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.text },
    })));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // Rejoin the page's FAQPage after being moved or re-inserted.
    this.syncedEntries = undefined;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
    clearTimeout(this.rowTimer);
    syncFaqJsonLd(this, false);
    highlightMatches(this, []);
    // The author's markup is given back as it was; reconnecting enhances it again.
    for (const details of [...this.enhanced.keys()]) this.release(details);
    this.derivedFrom = undefined;
  }

  protected override beforeHydration() {
    const pack = this.pack && faqPacks[this.pack]?.[this.l10n.locale];
    if (!pack || (pack.now() && richText.now())) return undefined;
    return Promise.all([pack(), loadRichText()]);
  }

  // The server saw neither pasted markup nor a JSON child: only a pack (or nothing) hydrates.
  protected override matchesServerRender(): boolean {
    return this.content.source === undefined || this.content.source === 'pack';
  }

  // Content is read here, not in willUpdate: the controller loads after willUpdate.
  protected override update(changed: PropertyValues<this>): void {
    this.derive();
    this.revealHash();
    this.filter();
    if (changed.has('query' as keyof FaqList)) this.announceAfterPause();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.enhanceMarkup();
    this.highlightAnswers();
    this.showFilteredRows();
    if (this.entries !== this.syncedEntries || changed.has('noJsonld')) {
      this.syncedEntries = this.entries;
      syncFaqJsonLd(this, this.isConnected && !this.noJsonld);
    }
  }

  override render() {
    // @lit-labs/ssr calls render() without update(), where the entries are derived.
    if (isServer) this.derive();
    const status = this.content.status;
    // Whatever replaces the list drops its rows: the next list renders them all.
    const previousRows = this.renderedRows;
    this.renderedRows = undefined;
    if (status === 'error') return this.contentNotice();
    // The pack of a new locale is on its way: keep the last frame whole rather than mix words.
    if (status === 'loading' && this.content.source === 'pack' && previousRows) {
      this.renderedRows = previousRows;
      return noChange;
    }
    if (status === 'loading' && !this.entries.length) {
      // A pack arrives within a moment: the reserved space stays empty rather than flash a line.
      return this.content.source === 'src'
        ? html`<p class="content-notice">${this.common().loading}</p>`
        : nothing;
    }
    if (!this.entries.length) return nothing;
    const t = this.t();
    const level = this.level;
    const { locale, dir } = this.l10n;
    const items = this.renderRows(t, level, previousRows === this.entries);
    return html`
      <div class="tools" part="toolbar" lang=${locale} dir=${dir}>
        ${this.searchable ? this.renderSearch() : nothing}
        <div class="all">
          ${
            this.single
              ? nothing
              : html`<button type="button" @click=${this.expandAll}>${t.showAll}</button>`
          }
          <button type="button" @click=${this.collapseAll}>${t.hideAll}</button>
        </div>
      </div>
      ${this.searchable ? html`<p class="count" lang=${locale} dir=${dir}>${this.countText}</p>` : nothing}
      <div
        class="list"
        lang=${locale}
        dir=${dir}
        @click=${this.onListClick}
        @keydown=${this.onListKeydown}
        @beforematch=${this.onBeforeMatch}
      >
        ${items}
      </div>
      <p class="visually-hidden" role="status" lang=${locale} dir=${dir}>${this.announcement}</p>
    `;
  }

  /**
   * The rows, each redrawn only when its own state changed (`noChange` otherwise): the search
   * never re-renders a row, it only hides and shows them (showFilteredRows).
   */
  private renderRows(t: FaqStrings, level: number, same: boolean) {
    const listKey = `${this.openVersion}|${this.copiedId}|${level}|${this.resolvedLocale}|${this.hydrating}`;
    this.renderedRows = this.entries;
    if (same && listKey === this.renderedKey) return noChange;
    this.renderedKey = listKey;
    return this.entries.map((entry) => {
      const open = this.openIds.has(entry.id);
      const copied = this.copiedId === entry.id;
      const key = `${entry.id}|${open}|${copied}|${level}|${this.resolvedLocale}|${this.hydrating}`;
      if (same && entry.renderedKey === key) return noChange;
      entry.renderedKey = key;
      return this.renderItem(entry, open, copied, t, level);
    });
  }

  private renderSearch() {
    return html`<div class="search">
      <label for=${SEARCH_ID}>${this.t().searchLabel}</label>
      <input
        id=${SEARCH_ID}
        type="search"
        autocomplete="off"
        .value=${this.query}
        @input=${this.onSearch}
      />
    </div>`;
  }

  private renderItem(entry: Entry, open: boolean, copied: boolean, t: FaqStrings, level: number) {
    // The server's HTML holds the question and answer as text and templates; hydration must
    // match it, and the next render puts the live nodes (highlighted by the search) in place.
    const asServer = (isServer || this.hydrating) && entry.answer;
    const question = html`<button
      type="button"
      class="q"
      part="question"
      id="${entry.id}:q"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${entry.id}:a"
    >
      ${asServer ? entry.question : entry.label}${chevron}
    </button>`;
    // The row's `hidden` belongs to the search (showFilteredRows), not to this template.
    return html`<div class="item" id=${entry.id}>
      ${heading(level, question, { className: 'h' })}
      <div class="answer" part="answer" id="${entry.id}:a" .hidden=${open ? false : UNTIL_FOUND}>
        ${
          entry.details
            ? html`<slot name="${entry.id}:answer"></slot>`
            : asServer
              ? html`<div class="body">${richTextTemplate(entry.answer!)}</div>`
              : entry.body
        }
        <p class="copy-row">
          <button
            type="button"
            class="copy"
            aria-label=${t.copyName(copied ? t.linkCopied : t.copyLink, entry.question)}
          >
            ${copied ? t.linkCopied : t.copyLink}<span class="visually-hidden"
              >: ${entry.question}</span
            >
          </button>
        </p>
      </div>
    </div>`;
  }

  /** Decides which questions the search shows; their rows are hidden after render, without one. */
  private filter(): void {
    const words = this.words;
    const key = words.join(' ');
    if (key === this.filteredFor && this.entries === this.filteredEntries) return;
    this.filteredFor = key;
    this.filteredEntries = this.entries;
    let shown = 0;
    for (const entry of this.entries) {
      entry.shown = this.shows(entry, words);
      entry.labelRanges = undefined;
      if (entry.shown) shown += 1;
    }
    this.shownCount = shown;
  }

  /** "3 of 11 questions shown", or that nothing matches; empty without a search. */
  private get countText(): string {
    const t = this.t();
    if (!this.words.length) return '';
    return this.shownCount
      ? t.shown(this.shownCount, this.entries.length)
      : t.noMatch(collapse(this.query));
  }

  // Announced once typing pauses: a count read out on every keystroke drowns the typing.
  private announceAfterPause(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    if (!this.words.length) return;
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announce(this.countText);
    }, SEARCH_PAUSE_MS);
  }

  private announce(message: string): void {
    // A repeated message must still change the live region to be announced again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  /**
   * Hides and shows rows as the search decided, in page order. The rows a reader can see
   * (the first screenful of shown questions, below the search box; at most FIRST_ROWS
   * changes) change in this task; the rest follow ROW_SLICE at a time in the next tasks, so
   * a keystroke on a long list never blocks typing for the cost of every row.
   */
  private showFilteredRows(from = 0): void {
    clearTimeout(this.rowTimer);
    const root = this.renderRoot as ShadowRoot;
    const screenful = from ? Infinity : Math.ceil(innerHeight / 40) + 8;
    const slice = from ? ROW_SLICE : FIRST_ROWS;
    let shown = 0;
    let changed = 0;
    for (let i = from; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      const row = entry.row?.isConnected ? entry.row : root.getElementById(entry.id);
      if (!row) continue;
      if (row !== entry.row) {
        entry.row = row;
        entry.rowHidden = undefined;
      }
      const hidden = !entry.shown;
      if (entry.rowHidden !== hidden) {
        entry.rowHidden = hidden;
        row.hidden = hidden;
        changed += 1;
      }
      if (!hidden) {
        shown += 1;
        if (this.words.length) {
          highlightMatches(
            this,
            (entry.labelRanges ??= matchRanges(entry.label, this.words)),
            true,
          );
        }
      }
      if ((shown >= screenful || changed >= slice) && i + 1 < this.entries.length) {
        this.rowTimer = setTimeout(() => this.showFilteredRows(i + 1));
        return;
      }
    }
  }

  /**
   * Marks the words in open answers, as CSS highlights: no node is split or wrapped (the
   * author's nodes stay untouched) and nothing is laid out again. The questions' matches
   * join them as their rows are shown (showFilteredRows).
   */
  private highlightAnswers(): void {
    const words = this.words;
    const key = `${words.join(' ')}\n${this.openVersion}`;
    if (key === this.highlightedFor && this.entries === this.highlightedEntries) return;
    this.highlightedFor = key;
    this.highlightedEntries = this.entries;
    const ranges: AbstractRange[] = [];
    if (words.length) {
      for (const entry of this.entries) {
        const answer = this.openIds.has(entry.id) ? (entry.details ?? entry.body) : undefined;
        if (entry.shown && answer) {
          ranges.push(...matchRanges(answer, words, this.summaryOf(entry.details)));
        }
      }
    }
    highlightMatches(this, ranges);
  }

  private get level(): number {
    return headingLevel(this, {
      requested: this.headingLevel,
      hydrating: this.hydrating,
      authorError: (message) => this.authorError(message),
    });
  }

  private get validLimit(): number | undefined {
    const limit = this.limit;
    if (limit == null) return undefined;
    if (Number.isInteger(limit) && limit > 0) return limit;
    this.authorError(
      `limit "${this.getAttribute('limit') ?? limit}" must be a whole number above 0; showing every question.`,
    );
    return undefined;
  }

  private get words(): string[] {
    if (this.query !== this.wordsFor) {
      this.wordsFor = this.query;
      this.wordsCache = queryWords(this.query);
    }
    return this.wordsCache;
  }

  private shows(entry: Entry, words: readonly string[]): boolean {
    if (!words.length) return true;
    const haystack = (entry.haystack ??= fold(`${entry.question}\n${entry.text}`));
    return words.every((word) => haystack.includes(word));
  }

  private fallbackContent() {
    // A server renderer sees no children: it renders only a pack.
    const details = isServer
      ? []
      : [...this.querySelectorAll<HTMLDetailsElement>(':scope > details')];
    // Synchronous, so pasted markup is enhanced in the first render, without a flash.
    if (details.length) return { value: { details }, source: 'markup' as const };
    const packs = namedPack(faqPacks, this.pack, (message) => this.authorError(message));
    if (!packs) return undefined;
    const use = (value: FaqContent) => ({ value: value as FaqSource, source: 'pack' as const });
    // A pack loads in the list's locale when first shown, so the element's own script stays
    // small; one the CMS loader fetched with the element is at hand, and shows in the first render.
    const pack = packs[this.l10n.locale];
    const loaded = pack.now();
    if (loaded && richText.now()) return use(loaded);
    return Promise.all([pack(), loadRichText()]).then(([value]) => use(value));
  }

  private derive(): void {
    // While a pack or src loads, the questions already shown stay (no flash on a locale change).
    if (this.content.status === 'loading') return;
    const value = this.content.status === 'ready' ? this.content.value : undefined;
    const limit = this.validLimit;
    if (value === this.derivedFrom && limit === this.derivedLimit) return;
    this.derivedFrom = value;
    this.derivedLimit = limit;
    const ids = new Set<string>();
    const unique = (wanted: string) => {
      let id = wanted;
      for (let n = 2; ids.has(id); n++) id = `${wanted}-${n}`;
      ids.add(id);
      return id;
    };
    const take = <T>(list: T[]) => (limit ? list.slice(0, limit) : list);
    let entries: Entry[] = [];
    if (value && 'details' in value) {
      entries = take(value.details).flatMap((details) => this.adopt(details, unique));
    } else if (value) {
      entries = take(value.items).map((item) => {
        const answer = richText.now()!.parseRichText(item.answer);
        const question = collapse(item.question);
        const id = unique(item.id ?? slugify(question));
        // A server has no document to build elements in: it renders `answer` (renderItem).
        if (isServer) return { id, question, answer, text: '', shown: true } as unknown as Entry;
        const body = this.newElement('div', 'body');
        richText.now()!.renderRichText(answer, body);
        const label = this.ownerDocument.createTextNode(question);
        return { id, question, answer, label, body, text: plainText(body), shown: true };
      });
    }
    // Markup no longer shown (a JSON child took over, or past the limit) is given back.
    const used = new Set(entries.map((entry) => entry.details));
    for (const details of [...this.enhanced.keys()]) if (!used.has(details)) this.release(details);
    this.entries = entries;
    this.questionsLd = undefined;
    for (const id of this.openIds) if (!ids.has(id)) this.openIds.delete(id);
  }

  private adopt(details: HTMLDetailsElement, unique: (id: string) => string): Entry[] {
    const summary = this.summaryOf(details);
    const question = collapse(summary?.textContent ?? '');
    if (!question) {
      this.authorError('a <details> without a <summary> question was left out.');
      return [];
    }
    let entry = this.adopted.get(details);
    const first = !entry;
    entry ??= {
      id: '',
      question,
      label: this.ownerDocument.createTextNode(''),
      details,
      text: '',
      shown: true,
    };
    this.adopted.set(details, entry);
    // The answer stays the author's own nodes, where they are; only its text is read.
    entry.id = unique(FAQ_ID.test(details.id) ? details.id : slugify(question));
    entry.question = question;
    entry.text = plainText(details, summary);
    if (entry.label.data !== question) entry.label.data = question;
    entry.haystack = entry.foldedQuestion = undefined;
    if (first && details.open) this.openIds.add(entry.id);
    return [entry];
  }

  private summaryOf(details?: HTMLDetailsElement): HTMLElement | null {
    return details?.querySelector<HTMLElement>(':scope > summary') ?? null;
  }

  /**
   * Enhances the author's `<details>` in place (as GOV.UK's accordion does): each is slotted
   * as its question's answer, kept open (the list's button opens and closes the panel around
   * it, so find-in-page and print work as for any answer), its `<summary>` hidden, since the
   * question is the button. Only attributes change: no node moves, none is re-parsed.
   */
  private enhanceMarkup(): void {
    for (const entry of this.entries) {
      const details = entry.details;
      if (!details) continue;
      const summary = this.summaryOf(details);
      if (!this.enhanced.has(details)) {
        this.enhanced.set(details, {
          slot: details.getAttribute('slot'),
          open: details.open,
          summary,
          summaryHidden: summary?.hidden ?? false,
        });
      }
      const slot = `${entry.id}:answer`;
      if (details.slot !== slot) details.slot = slot;
      if (!details.open) details.open = true;
      if (summary && !summary.hidden) summary.hidden = true;
    }
  }

  private release(details: HTMLDetailsElement): void {
    const was = this.enhanced.get(details);
    if (!was) return;
    this.enhanced.delete(details);
    if (was.slot === null) details.removeAttribute('slot');
    else details.slot = was.slot;
    details.open = was.open;
    if (was.summary) was.summary.hidden = was.summaryHidden;
  }

  private newElement(tag: string, className: string): HTMLElement {
    const element = this.ownerDocument.createElement(tag);
    element.className = className;
    return element;
  }

  private setOpen(id: string, open: boolean): void {
    if (this.openIds.has(id) === open) return;
    if (open && this.single) this.collapseAll();
    if (open) this.openIds.add(id);
    else this.openIds.delete(id);
    this.openVersion += 1;
    this.requestUpdate();
    emit<FaqToggleDetail>(this, 'faq-toggle', { id, open });
  }

  private revealHash(): void {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!id || id === this.handledHash || !this.entries.some((entry) => entry.id === id)) return;
    this.handledHash = id;
    const entry = this.entries.find((e) => e.id === id)!;
    if (!this.shows(entry, this.words)) this.query = '';
    this.setOpen(id, true);
    void this.updateComplete.then(() => {
      const item = (this.renderRoot as ShadowRoot).getElementById(id);
      item?.scrollIntoView({ block: 'start' });
      item?.querySelector<HTMLElement>('.q')?.focus({ preventScroll: true });
    });
  }

  private readonly onHashChange = (): void => {
    this.handledHash = undefined;
    this.requestUpdate();
  };

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onListClick(event: Event): void {
    const button = (event.target as Element).closest('button.q, button.copy');
    const id = button?.closest('.item')?.id;
    if (!button || !id) return;
    if (button.classList.contains('q')) this.setOpen(id, !this.openIds.has(id));
    else void this.copyLink(id);
  }

  // The APG accordion's optional keys: arrows, Home and End move between questions.
  private onListKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('q')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .q')];
    const at = buttons.indexOf(target);
    const last = buttons.length - 1;
    const next = {
      ArrowDown: at === last ? 0 : at + 1,
      ArrowUp: at ? at - 1 : last,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  }

  // Find-in-page revealed a closed answer: record it as open.
  private onBeforeMatch(event: Event): void {
    const id = (event.target as Element).closest('.item')?.id;
    if (id) this.setOpen(id, true);
  }

  private async copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(url.href);
      copied = true;
    } catch {
      copied = this.copyBySelection(url.href);
    }
    // Where copying is refused, the address bar holds the link instead.
    if (!copied) {
      // Already open and focused: the new hash must not be taken for a deep link.
      this.handledHash = id;
      history.replaceState(history.state, '', url);
    }
    this.copiedId = copied ? id : undefined;
    this.announce(copied ? this.t().linkCopied : this.t().linkInAddressBar);
  }

  private copyBySelection(text: string): boolean {
    const root = this.renderRoot as ShadowRoot;
    const back = root.activeElement as HTMLElement | null;
    const area = this.ownerDocument.createElement('textarea');
    area.value = text;
    area.className = 'visually-hidden';
    area.setAttribute('aria-hidden', 'true');
    root.append(area);
    area.select();
    try {
      return this.ownerDocument.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      back?.focus();
    }
  }
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(el: Element, locale: Locale): Promise<unknown>[] {
  const pack = preloadNamed(el, faqPacks, locale);
  // Its answers are rich text: the reader comes with the pack.
  return [
    ...commonPreload(locale),
    faqStrings[locale](),
    ...pack,
    ...(pack.length ? [richText()] : []),
  ];
}
