import type { Locale } from '../context/clinic-context.js';
import { lazy, type Lazy } from '../content/lazy.js';

/**
 * One element's strings (or one pack), one module per locale, each its own chunk: a reader
 * downloads only the locale they read. Keyed by every locale, so adding one to `LOCALES`
 * makes every catalogue that lacks its file a compile error.
 */
export type Catalogue<S> = { readonly [L in Locale]: Lazy<S> };

/**
 * `catalogue({ en: () => import('./en.js'), fr: () => import('./fr.js') })`: each locale's
 * module exports its strings as `default`, loaded when an element first needs that locale.
 */
export function catalogue<S>(modules: {
  [L in Locale]: () => Promise<{ default: S }>;
}): Catalogue<S> {
  const entries = Object.entries(modules) as [Locale, () => Promise<{ default: S }>][];
  return Object.fromEntries(
    entries.map(([locale, load]) => [locale, lazy(() => load().then((m) => m.default))]),
  ) as Catalogue<S>;
}

/**
 * Hands a server renderer (clinic-widgets/packs.js) every locale's module at once, as it
 * cannot await a dynamic import.
 */
export function provideCatalogue<S>(strings: Catalogue<S>, modules: { [L in Locale]: S }): void {
  for (const locale of Object.keys(modules) as Locale[]) strings[locale].provide(modules[locale]);
}
