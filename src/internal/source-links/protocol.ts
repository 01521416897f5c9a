import type { ReactiveElement } from 'lit';

/**
 * What evidence cards and source lists share on a document, under `Symbol.for` keys, so two
 * copies of the library on one page meet: the registry (made by the first source list) and
 * the set of citing elements (joined by every card as it connects).
 */
export const REGISTRY = Symbol.for('clinic-widgets/source-registry@1');
const CITERS = Symbol.for('clinic-widgets/source-citers@1');

/** What a source is known by: its id, else its address. */
export interface SourceKey {
  id?: string;
  url?: string;
}

/** One citation a card shows. */
export interface Citation {
  key: SourceKey;
  /** How the list names the citing place ("Dakwar et al., 2019"). */
  label: string;
}

/** One entry of a list, as laid out for the page. */
export interface ListedEntry {
  /** Its number in its list, from 1. */
  number: number;
  /** The fragment that leads to it (`source-3`), unique in the page. */
  fragment: string;
  /** The cards' citations that lead here, in page order. */
  citedBy: { fragment: string; label: string }[];
}

/** The registry as a card uses it. */
export interface SourceLinks {
  entryFor(key: SourceKey): ListedEntry | undefined;
  setCitations(citer: ReactiveElement, citations: readonly Citation[] | undefined): void;
  revealHash(): void;
}

/** The document's citing elements (cards), whether or not a list is there yet. */
export function citersOf(doc: Document): Set<ReactiveElement> {
  const holder = doc as Document & { [CITERS]?: Set<ReactiveElement> };
  return (holder[CITERS] ??= new Set());
}
