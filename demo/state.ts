import type { CrisisRegion, Locale } from '../src/context/clinic-context.js';
import { asLocale, crisisRegionOf } from '../src/context/locale.js';

/** The host page behind the widgets: the default light page, or a dark one. */
export type HostTheme = 'light' | 'dark';

/** What the preview shows, read from and written to the URL so any state can be linked. */
export interface DemoState {
  locale: Locale;
  region?: CrisisRegion;
  /** Show only this element's section (a tag name), or every section. */
  element?: string;
  /** A variant to show first, where the element has variants. */
  variant?: string;
  /** The host page's background; `dark` also sets the `--cw-*` tokens for a dark page. */
  theme?: HostTheme;
}

export function asTheme(value: string | null | undefined): HostTheme {
  return value === 'dark' ? 'dark' : 'light';
}

export function readState(search = location.search): DemoState {
  const params = new URLSearchParams(search);
  return {
    locale: asLocale(params.get('locale')) ?? 'en',
    region: crisisRegionOf(params.get('region')),
    element: params.get('element') || undefined,
    variant: params.get('variant') || undefined,
    theme: asTheme(params.get('theme')),
  };
}

export function stateParams(state: DemoState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('locale', state.locale);
  if (state.region) params.set('region', state.region);
  if (state.element) params.set('element', state.element);
  if (state.variant) params.set('variant', state.variant);
  if (state.theme === 'dark') params.set('theme', 'dark');
  return params;
}

export function writeState(state: DemoState): void {
  history.replaceState(null, '', `?${stateParams(state)}${location.hash}`);
}

/** The `lang` for the widgets' part of the page (the demo's own chrome stays English). */
export function langFor(locale: Locale): string {
  return locale === 'fr' ? 'fr-CA' : 'en';
}
