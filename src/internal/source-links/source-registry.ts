import type { ReactiveController, ReactiveElement } from 'lit';
import {
  citersOf,
  REGISTRY,
  type Citation,
  type ListedEntry,
  type SourceKey,
  type SourceLinks,
} from './protocol.js';

export type { ListedEntry, SourceKey } from './protocol.js';

/**
 * Numbers evidence cards' citations by the `<source-list>` on the same page, and links both
 * ways: a card's citation shows the entry's number and leads to it (`#source-3`), and the
 * entry leads back to each card that cites it. With no list on the page, cards show no number.
 *
 * One registry per document, made by the first list and kept on the document under a
 * `Symbol.for` key (protocol.ts), so a card and a list defined by two copies of the library
 * still meet; cards only carry the small side in source-citations.ts, and join whenever a
 * list connects, whatever their order or when either upgrades. The fragments it hands out are made
 * unique against every id in the page, so a link never lands on a page element of the same
 * name; it follows them itself (on click and on `hashchange`), since they live in shadow roots.
 */

interface Layout {
  entries: Map<ReactiveElement, ListedEntry[]>;
  /** Every fragment handed out, and where it leads. */
  targets: Map<string, () => HTMLElement | null | undefined>;
}

/** A source's address as compared: host without `www.`, path without its last `/`. */
function canonical(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host.replace(/^www\./, '')}${parsed.pathname.replace(/\/$/, '')}${parsed.search}`.toLowerCase();
  } catch {
    return url;
  }
}

function sameSource(a: SourceKey, b: SourceKey): boolean {
  if (a.id && b.id && a.id === b.id) return true;
  return !!a.url && !!b.url && canonical(a.url) === canonical(b.url);
}

const inPageOrder = (a: Element, b: Element) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

function decodeFragment(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
}

// Read when first needed: a server renderer has no Document.
const windowOf = (doc: Document) =>
  Object.getOwnPropertyDescriptor(Document.prototype, 'defaultView')!.get!.call(
    doc,
  ) as Window | null;

class SourceRegistry implements SourceLinks {
  private readonly doc: Document;
  private readonly lists = new Map<ReactiveElement, readonly SourceKey[]>();
  private readonly citers = new Map<ReactiveElement, readonly Citation[]>();
  private layout?: Layout;
  private handledHash?: string;
  private targeted?: HTMLElement;

  constructor(doc: Document) {
    this.doc = doc;
    // Cards that connected before any list: they report their citations on their next update.
    for (const citer of citersOf(doc)) citer.requestUpdate();
    // Through the prototypes: a page's `<form name="addEventListener">` (or "defaultView")
    // shadows the document's own members for every script.
    const listen = EventTarget.prototype.addEventListener;
    const view = windowOf(doc);
    if (view) {
      listen.call(view, 'hashchange', () => {
        this.handledHash = undefined;
        this.revealHash();
      });
    }
    // Links to our fragments, ours or the page's own (`<a href="#source-3">`), in any tree.
    listen.call(doc, 'click', (event) => {
      if (!(event instanceof MouseEvent) || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => (node as Element).localName === 'a');
      const href = link?.getAttribute('href');
      const fragment = href?.startsWith('#') ? decodeFragment(href) : undefined;
      if (fragment && this.current.targets.has(fragment)) {
        this.handledHash = fragment;
        this.reveal(fragment);
      }
    });
  }

  setList(list: ReactiveElement, sources: readonly SourceKey[] | undefined): void {
    const before = this.lists.get(list);
    if (sources === before) return;
    if (sources) this.lists.set(list, sources);
    else this.lists.delete(list);
    this.changed([...citersOf(this.doc), ...this.lists.keys()]);
  }

  setCitations(citer: ReactiveElement, citations: readonly Citation[] | undefined): void {
    const before = this.citers.get(citer);
    const key = (c: readonly Citation[] | undefined) =>
      JSON.stringify(c?.map((x) => [x.key.id, x.key.url, x.label]) ?? null);
    if (key(before) === key(citations)) return;
    if (citations?.length) this.citers.set(citer, citations);
    else this.citers.delete(citer);
    this.changed([...this.lists.keys()]);
  }

  /** The entry a citation leads to: the first list in the page that has that source. */
  entryFor(key: SourceKey): ListedEntry | undefined {
    const layout = this.current;
    for (const list of this.orderedLists()) {
      const index = this.lists.get(list)!.findIndex((source) => sameSource(source, key));
      if (index >= 0) return layout.entries.get(list)?.[index];
    }
    return undefined;
  }

  entriesOf(list: ReactiveElement): ListedEntry[] | undefined {
    return this.current.entries.get(list);
  }

  /** Opens the place the page's address names, once per address. */
  revealHash(): void {
    const fragment = decodeFragment(windowOf(this.doc)?.location.hash ?? '');
    if (!fragment || fragment === this.handledHash || !this.current.targets.has(fragment)) return;
    this.handledHash = fragment;
    this.reveal(fragment);
  }

  private reveal(fragment: string): void {
    const target = this.current.targets.get(fragment)?.();
    if (!target) return;
    this.targeted?.removeAttribute('data-targeted');
    target.setAttribute('data-targeted', '');
    this.targeted = target;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  // Asked of a host in its own update, before it renders, a new update is absorbed by it.
  private changed(hosts: ReactiveElement[]): void {
    this.layout = undefined;
    for (const host of hosts) host.requestUpdate();
  }

  private orderedLists(): ReactiveElement[] {
    return [...this.lists.keys()].filter((l) => l.isConnected).sort(inPageOrder);
  }

  private get current(): Layout {
    return (this.layout ??= this.lay());
  }

  private lay(): Layout {
    const entries = new Map<ReactiveElement, ListedEntry[]>();
    const targets = new Map<string, () => HTMLElement | null | undefined>();
    const root = this.doc;
    const unique = (wanted: string) => {
      let fragment = wanted;
      // The page's own ids come first: a link must never land on a page element instead.
      for (let n = 2; targets.has(fragment) || root.getElementById(fragment); n++) {
        fragment = `${wanted}-${n}`;
      }
      return fragment;
    };
    const find = (host: ReactiveElement, selector: string) => () =>
      host.renderRoot?.querySelector<HTMLElement>(selector);
    for (const list of this.orderedLists()) {
      const listed = this.lists.get(list)!.map((_, i) => {
        const fragment = unique(`source-${i + 1}`);
        targets.set(fragment, find(list, `[data-fragment="${fragment}"]`));
        return { number: i + 1, fragment, citedBy: [] };
      });
      entries.set(list, listed);
    }
    const citers = [...this.citers.keys()].filter((c) => c.isConnected).sort(inPageOrder);
    for (const citer of citers) {
      const seen = new Set<ListedEntry>();
      for (const citation of this.citers.get(citer)!) {
        const entry = this.entryIn(entries, citation.key);
        // One way back per card and entry, to the card's first citation of it.
        if (!entry || seen.has(entry)) continue;
        seen.add(entry);
        const fragment = unique(`${entry.fragment}-cited-${entry.citedBy.length + 1}`);
        targets.set(fragment, find(citer, `[data-cites="${entry.fragment}"]`));
        entry.citedBy.push({ fragment, label: citation.label });
      }
    }
    return { entries, targets };
  }

  private entryIn(entries: Map<ReactiveElement, ListedEntry[]>, key: SourceKey) {
    for (const [list, listed] of entries) {
      const index = this.lists.get(list)!.findIndex((source) => sameSource(source, key));
      if (index >= 0) return listed[index];
    }
    return undefined;
  }
}

/** The document's registry, made by its first source list. */
function registryOf(doc: Document): SourceRegistry {
  const holder = doc as Document & { [REGISTRY]?: SourceRegistry };
  return (holder[REGISTRY] ??= new SourceRegistry(doc));
}

/**
 * A `<source-list>`'s side: `listed.set(sources)` when its entries change, then
 * `listed.entries()` in render (numbers, fragments, the cards citing each).
 */
export class ListedSources implements ReactiveController {
  private readonly host: ReactiveElement;
  private registry?: SourceRegistry;
  private sources?: readonly SourceKey[];

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.registry = registryOf(this.host.ownerDocument);
    this.registry.setList(this.host, this.sources);
  }

  hostDisconnected(): void {
    this.registry?.setList(this.host, undefined);
    this.registry = undefined;
  }

  hostUpdated(): void {
    this.registry?.revealHash();
  }

  set(sources: readonly SourceKey[] | undefined): void {
    this.sources = sources;
    this.registry?.setList(this.host, sources);
  }

  /** The list's entries as laid out in the page (undefined on a server or while detached). */
  entries(): ListedEntry[] | undefined {
    return this.registry?.entriesOf(this.host);
  }
}
