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
