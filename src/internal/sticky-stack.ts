import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What is pinned at the top of the viewport: a sticky `<crisis-banner>` on top, a sticky
 * `<quick-exit>` stacked below it. Together they take at most a fifth of the viewport's height
 * (WCAG 1.4.10, 2.4.11); each publishes its height on the document root, which
 * clinic-widgets.css adds up for `scroll-padding-top`, and the quick exit reads the banner's
 * for its own `top`.
 */

/** Everything pinned together takes at most this share of the viewport's height. */
export const STICKY_BUDGET = 0.2;

export type Pinned = 'banner' | 'exit';

/** The document root's custom property each kind writes its pinned height to. */
export const PINNED_HEIGHT_PROPERTY: Record<Pinned, string> = {
  banner: '--cw-crisis-banner-height',
  exit: '--cw-quick-exit-height',
};

const heights: Record<Pinned, Map<object, number>> = { banner: new Map(), exit: new Map() };
const listeners = new Set<() => void>();

/** The tallest pinned element of a kind (0 when none is pinned). */
export function pinnedHeight(kind: Pinned): number {
  return Math.max(0, ...heights[kind].values());
}

/** Pins `owner` at `height` (or releases it with `undefined`), and tells the others. */
export function setPinned(kind: Pinned, owner: object, height: number | undefined): void {
  const before = pinnedHeight(kind);
  if (height === undefined) {
    if (!heights[kind].delete(owner)) return;
  } else heights[kind].set(owner, height);
  const tallest = pinnedHeight(kind);
  const root = document.documentElement.style;
  if (tallest > 0) root.setProperty(PINNED_HEIGHT_PROPERTY[kind], `${Math.ceil(tallest)}px`);
  else root.removeProperty(PINNED_HEIGHT_PROPERTY[kind]);
  if (Math.ceil(tallest) !== Math.ceil(before)) listeners.forEach((listener) => listener());
}

/** Called when a pinned height changes; returns the function that stops it. */
export function onPinnedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Measures a sticky element's fit again whenever it may have changed: right after each update
 * (a microtask, so a new fit starts a new update rather than this one's), when the viewport
 * resizes, and when the reader's text size changes (a 1em `.text-size` probe in its shadow
 * root). Not the element's own box: its size changes with the fit, and observing it would loop.
 */
export class FitWatcher implements ReactiveController {
  private readonly host: ReactiveControllerHost & { renderRoot: ParentNode };
  private readonly measure: () => void;
  private observer?: ResizeObserver;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, measure: () => void) {
    this.host = host;
    this.measure = measure;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver(() => this.measure());
    window.addEventListener('resize', this.measure);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    window.removeEventListener('resize', this.measure);
  }

  hostUpdated(): void {
    queueMicrotask(this.measure);
    const probe = this.host.renderRoot.querySelector('.text-size');
    if (probe) this.observer?.observe(probe);
  }
}
