import { isServer } from 'lit';
import { LOCALES, REGIONS, type Locale, type Region } from './clinic-context.js';

export interface ParsedLocale {
  locale?: Locale;
  region?: Region;
}

/** Reads `fr`, `fr-CA`, `en_GB`... into a supported locale and, when known, a region. */
export function parseLocaleTag(tag: string | null | undefined): ParsedLocale {
  if (!tag) return {};
  const [language, ...rest] = tag.trim().split(/[-_]/);
  const locale = LOCALES.find((l) => l === language?.toLowerCase());
  const subtag = rest.find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
  return { locale, region: asRegion(subtag) };
}

export function asLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((l) => l === value);
}

export function asRegion(value: string | null | undefined): Region | undefined {
  const upper = value?.toUpperCase();
  return REGIONS.find((r) => r === upper);
}

/**
 * The `lang` of the nearest ancestor that has one, crossing shadow boundaries. A server
 * renderer has no document to walk: there it is always undefined.
 */
export function nearestLang(from: Element): string | undefined {
  if (isServer) return undefined;
  for (let node: Element | undefined = from; node; node = (node.getRootNode() as ShadowRoot).host) {
    const owner = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang')!;
  }
  return undefined;
}
