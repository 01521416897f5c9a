import type { Locale, Region } from '../src/context/clinic-context.js';
import { asLocale, asRegion } from '../src/context/locale.js';

/** What the preview shows, read from and written to the URL so any state can be linked. */
export interface DemoState {
  locale: Locale;
  region?: Region;
  /** Show only this element's section (a tag name), or every section. */
  element?: string;
  /** A variant to show first, where the element has variants. */
  variant?: string;
}

export function readState(search = location.search): DemoState {
  const params = new URLSearchParams(search);
  return {
    locale: asLocale(params.get('locale')) ?? 'en',
    region: asRegion(params.get('region')),
    element: params.get('element') ?? undefined,
    variant: params.get('variant') ?? undefined,
  };
}

export function writeState(state: DemoState): void {
  const params = new URLSearchParams();
  params.set('locale', state.locale);
  if (state.region) params.set('region', state.region);
  if (state.element) params.set('element', state.element);
  if (state.variant) params.set('variant', state.variant);
  history.replaceState(null, '', `?${params}${location.hash}`);
}
