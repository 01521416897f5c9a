import { html, isServer, nothing, type PropertyValues } from 'lit';
import type * as z from 'zod/mini';
import { ContentController } from '../../content/content-controller.js';
import type { FaqContent } from '../../content/faq.js';
import type { RichNode } from '../../content/rich-text.js';
import { FAQ_ID, slugify } from '../../content/faq-ids.js';
import * as en from '../../i18n/en.js';
import * as fr from '../../i18n/fr.js';
import { pick } from '../../i18n/index.js';
import { ClinicElement } from '../../internal/clinic-element.js';
import { emit } from '../../internal/emit.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import { preloadedPacks } from '../../internal/preloaded-packs.js';
import { richTextTemplate } from '../../internal/rich-text-template.js';
import { contentNotice } from '../../internal/content-notice.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { syncFaqJsonLd, type FaqQuestionLd } from './faq-jsonld.js';
import { styles } from './faq-list.styles.js';
import { fold, markAnswer, matchSpans, plainText, queryWords, setMarked } from './faq-search.js';

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

const PACK_NAMES: readonly string[] = ['ketamine-addiction', 'ketamine-addictive'];

// Answers written as strings (JSON, packs) need the sanitiser; pasted markup never does. It
// loads with the schema or the pack, which always arrive before such answers are shown.
let richText = preloadedPacks.richText;
const loadRichText = async () => {
  richText ??= preloadedPacks.richText ??= await import('../../content/rich-text.js');
};
const loadPacks = async () => {
  const [{ packs }] = await Promise.all([import('./faq-packs.js'), loadRichText()]);
  return (preloadedPacks.faq ??= packs);
};

/** What the list reads: validated JSON or a pack, or the author's own `<details>`. */
type FaqSource = FaqContent | { details: HTMLDetailsElement[] };

interface Entry {
  id: string;
  question: string;
  /** The question's text, with marks while a search finds words in it. */
  label: HTMLElement;
  /** The text and spans the label was last drawn with. */
  labelKey?: string;
  /** The answer's element: built from sanitised JSON, or holding the author's adopted nodes. */
  body: HTMLElement;
  /** The parsed answer of JSON or a pack: what a server renders, and hydration matches, in place of `body`. */
  answer?: readonly RichNode[];
  /** The answer as plain text, for search and JSON-LD. */
  text: string;
  /** Folded question and answer, made on the first search. */
  haystack?: string;
  foldedQuestion?: string;
  /** The query the answer's marks were drawn for. */
  markedFor: string;
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
 * children, readable before the script loads; the element adopts the answers as they are.
 * A `<script type="application/json">` child (`{"items": [...]}`) takes precedence.
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
  });

  private entries: Entry[] = [];
  private readonly openIds = new Set<string>();
  private readonly adopted = new WeakMap<HTMLDetailsElement, Entry>();
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
    const words = this.words;
    for (const entry of this.entries) if (this.shows(entry, words)) this.setOpen(entry.id, true);
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
    syncFaqJsonLd(this, false);
  }

  protected override beforeHydration() {
    return this.pack && !(preloadedPacks.faq && richText) ? loadPacks() : undefined;
  }

  // The server saw neither pasted markup nor a JSON child: only a pack (or nothing) hydrates.
  protected override matchesServerRender(): boolean {
    return this.content.source === undefined || this.content.source === 'pack';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.content.source;
    if (
      (changed.has('pack') || changed.has('locale') || changed.has('clinic' as keyof FaqList)) &&
      source !== 'json' &&
      source !== 'src'
    ) {
      this.content.refresh();
    }
  }

  // Content is read here, not in willUpdate: the controller loads after willUpdate.
  protected override update(changed: PropertyValues<this>): void {
    this.derive();
    this.revealHash();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Answers are marked only where a reader can see them: open ones.
    const key = this.words.join(' ');
    for (const entry of this.entries) {
      if (entry.markedFor !== key && this.openIds.has(entry.id)) {
        markAnswer(entry.body, this.words);
        entry.markedFor = key;
      }
    }
    if (this.entries !== this.syncedEntries || changed.has('noJsonld')) {
      this.syncedEntries = this.entries;
      syncFaqJsonLd(this, this.isConnected && !this.noJsonld);
    }
  }

  override render() {
    // @lit-labs/ssr calls render() without update(), where the entries are derived.
    if (isServer) this.derive();
    const status = this.content.status;
    if (status === 'error') return contentNotice(this.resolvedLocale);
    if (status === 'loading' && !this.entries.length) {
      // A pack arrives within a moment: the reserved space stays empty rather than flash a line.
      return this.content.source === 'src'
        ? html`<p class="content-notice">
            ${pick(this.resolvedLocale, en.loading, fr.loading).status}
          </p>`
        : nothing;
    }
    if (!this.entries.length) return nothing;
    const t = this.strings;
    const level = this.level;
    const words = this.words;
    let shown = 0;
    const items = this.entries.map((entry) => {
      const hit = this.shows(entry, words);
      if (hit) shown += 1;
      return this.renderItem(entry, hit, words, t, level);
    });
    const count = !words.length
      ? ''
      : shown
        ? t.shown(shown, this.entries.length)
        : t.noMatch(collapse(this.query));
    return html`
      <div class="tools" part="toolbar">
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
      ${this.searchable ? html`<p class="count" role="status">${count}</p>` : nothing}
      <div
        class="list"
        @click=${this.onListClick}
        @keydown=${this.onListKeydown}
        @beforematch=${this.onBeforeMatch}
      >
        ${items}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private renderSearch() {
    return html`<div class="search">
      <label for="search">${this.strings.searchLabel}</label>
      <input
        id="search"
        type="search"
        autocomplete="off"
        .value=${this.query}
        @input=${this.onSearch}
      />
    </div>`;
  }

  private renderItem(
    entry: Entry,
    hit: boolean,
    words: readonly string[],
    t: typeof en.faqList,
    level: number,
  ) {
    const open = this.openIds.has(entry.id);
    // The server's HTML holds the question and answer as text and templates; hydration must
    // match it, and the next render puts the live elements (search marks) in their place.
    const asServer = (isServer || this.hydrating) && entry.answer;
    const question = html`<button
      type="button"
      class="q"
      part="question"
      id="${entry.id}:q"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${entry.id}:a"
    >
      ${asServer ? entry.question : this.label(entry, hit ? words : [])}${chevron}
    </button>`;
    return html`<div class="item" id=${entry.id} ?hidden=${!hit}>
      ${heading(level, question, { className: 'h' })}
      <div class="answer" part="answer" id="${entry.id}:a" .hidden=${open ? false : UNTIL_FOUND}>
        ${asServer ? html`<div class="body">${richTextTemplate(entry.answer!)}</div>` : entry.body}
        <p class="copy-row">
          <button
            type="button"
            class="copy"
            aria-label=${t.copyName(this.copiedId === entry.id ? t.linkCopied : t.copyLink, entry.question)}
          >
            ${this.copiedId === entry.id ? t.linkCopied : t.copyLink}<span class="visually-hidden"
              >: ${entry.question}</span
            >
          </button>
        </p>
      </div>
    </div>`;
  }

  // Plain DOM, redrawn only when its spans change: Lit templates per mark are too slow at 1,000.
  private label(entry: Entry, words: readonly string[]): HTMLElement {
    const spans = words.length
      ? matchSpans((entry.foldedQuestion ??= fold(entry.question)), words)
      : [];
    const key = `${entry.question}\n${spans.join(' ')}`;
    if (entry.labelKey !== key) {
      entry.labelKey = key;
      setMarked(entry.label, entry.question, spans);
    }
    return entry.label;
  }

  private get strings() {
    return pick(this.resolvedLocale, en.faqList, fr.faqList);
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
    const name = this.pack;
    if (!name) return undefined;
    if (!PACK_NAMES.includes(name)) {
      this.authorError(
        `pack "${name}" is not known; use ${PACK_NAMES.map((n) => `"${n}"`).join(' or ')}.`,
      );
      return undefined;
    }
    const locale = this.resolvedLocale;
    const use = (packs: NonNullable<typeof preloadedPacks.faq>) => ({
      value: packs[name][locale] as FaqSource,
      source: 'pack' as const,
    });
    // Preloaded (clinic-widgets/packs.js, a server renderer's path): in this very render.
    richText ??= preloadedPacks.richText;
    if (preloadedPacks.faq && richText) return use(preloadedPacks.faq);
    // Otherwise a pack loads when first shown, so the element's own script stays small.
    return loadPacks().then(use);
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
        const answer = richText!.parseRichText(item.answer);
        const question = collapse(item.question);
        const id = unique(item.id ?? slugify(question));
        // A server has no document to build elements in: it renders `answer` (renderItem).
        if (isServer) return { id, question, answer, text: '', markedFor: '' } as unknown as Entry;
        const body = this.newElement('div', 'body');
        richText!.renderRichText(answer, body);
        const label = this.newElement('span');
        return { id, question, answer, label, body, text: plainText(body), markedFor: '' };
      });
    }
    this.entries = entries;
    this.questionsLd = undefined;
    for (const id of this.openIds) if (!ids.has(id)) this.openIds.delete(id);
  }

  private adopt(details: HTMLDetailsElement, unique: (id: string) => string): Entry[] {
    const summary = details.querySelector(':scope > summary');
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
      label: this.newElement('span'),
      body: this.newElement('div', 'body'),
      text: '',
      markedFor: '',
    };
    this.adopted.set(details, entry);
    // The author's nodes move as they are (never re-parsed); nodes added later follow them.
    entry.body.append(...[...details.childNodes].filter((node) => node !== summary));
    entry.id = unique(FAQ_ID.test(details.id) ? details.id : slugify(question));
    entry.question = question;
    entry.text = plainText(entry.body);
    entry.haystack = entry.foldedQuestion = undefined;
    if (first && details.open) this.openIds.add(entry.id);
    return [entry];
  }

  private newElement(tag: string, className = ''): HTMLElement {
    const element = this.ownerDocument.createElement(tag);
    element.className = className;
    return element;
  }

  private setOpen(id: string, open: boolean): void {
    if (this.openIds.has(id) === open) return;
    if (open && this.single) this.collapseAll();
    if (open) this.openIds.add(id);
    else this.openIds.delete(id);
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
    const message = copied ? this.strings.linkCopied : this.strings.linkInAddressBar;
    // A repeated message must still change the live region to be announced again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
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
