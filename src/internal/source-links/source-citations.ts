import { css, html, isServer, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { citersOf, REGISTRY, type Citation, type SourceKey, type SourceLinks } from './protocol.js';
/** The words a card gives its citation numbers (in its own strings). */
export interface SourceLinkStrings {
  inList(n: number): string;
}

/**
 * An evidence card's side: in render, `citations.number(source, label)` gives the citation's
 * number link when a source list on the page has that source (else nothing).
 */
export class SourceCitations implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly strings: () => SourceLinkStrings;
  private readonly hydrating: () => boolean;
  private doc?: Document;
  private cited: Citation[] = [];

  constructor(
    host: ReactiveElement,
    options: { strings: () => SourceLinkStrings; hydrating: () => boolean },
  ) {
    this.host = host;
    this.strings = options.strings;
    this.hydrating = options.hydrating;
    host.addController(this);
  }

  /** The document's registry, once a source list has made one. */
  private get registry(): SourceLinks | undefined {
    return (this.doc as (Document & { [REGISTRY]?: SourceLinks }) | undefined)?.[REGISTRY];
  }

  hostConnected(): void {
    this.doc = this.host.ownerDocument;
    citersOf(this.doc).add(this.host);
  }

  hostDisconnected(): void {
    this.registry?.setCitations(this.host, undefined);
    if (this.doc) citersOf(this.doc).delete(this.host);
    this.doc = undefined;
  }

  hostUpdate(): void {
    this.cited = [];
  }

  hostUpdated(): void {
    this.registry?.setCitations(this.host, this.cited);
    this.registry?.revealHash();
  }

  /** "[3]", leading to entry 3 of the list, with its words for screen readers. */
  number(key: SourceKey, label: string) {
    // The server (and so hydration) knows no list: the number comes with the next update.
    if (isServer || !this.doc || this.hydrating()) return nothing;
    this.cited.push({ key, label });
    const entry = this.registry?.entryFor(key);
    if (!entry) return nothing;
    return html`<a class="source-number" href="#${entry.fragment}" data-cites=${entry.fragment}
      ><span aria-hidden="true">[${entry.number}]</span
      ><span class="visually-hidden">${this.strings().inList(entry.number)}</span></a
    > `;
  }
}

/** The number link's look, beside the citation text. */
export const sourceNumberStyles = css`
  .source-number {
    display: inline-block;
    min-width: 24px;
    font-weight: 700;
    text-decoration: none;
  }
  .source-number:hover {
    text-decoration: underline;
  }
  .source-number[data-targeted] {
    outline: 2px solid var(--_focus);
  }
`;
