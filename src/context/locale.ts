import { isServer } from 'lit';
import {
  INTERNATIONAL,
  LOCALES,
  REGIONS,
  REGION_ALIASES,
  type CrisisRegion,
  type Locale,
  type Region,
} from './clinic-context.js';

export interface ParsedLocale {
  locale?: Locale;
  /** A known region (an alias such as `UK` read as its region). */
  region?: Region;
  /** The region subtag as written (`FR`, `ZA`), known or not. */
  regionTag?: string;
}

/** Reads `fr`, `fr-CA`, `en_GB`... into a supported locale and, when known, a region. */
export function parseLocaleTag(tag: string | null | undefined): ParsedLocale {
  if (!tag) return {};
  const [language, ...rest] = tag.trim().split(/[-_]/);
  const locale = LOCALES.find((l) => l === language?.toLowerCase());
  const subtag = rest.find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
  return { locale, region: asRegion(subtag), ...(subtag ? { regionTag: subtag } : {}) };
}

export function asLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((l) => l === value);
}

export function asRegion(value: string | null | undefined): Region | undefined {
  const upper = value?.trim().toUpperCase();
  if (!upper) return undefined;
  return REGIONS.find((r) => r === upper) ?? REGION_ALIASES[upper];
}

/** A region as written: known (or an alias), else the international fallback; none when empty. */
export function crisisRegionOf(value: string | null | undefined): CrisisRegion | undefined {
  if (!value?.trim()) return undefined;
  return asRegion(value) ?? INTERNATIONAL;
}

/** What an author is told when a region is not one of ours. */
export function unknownRegionMessage(what: string): string {
  return `${what} is not a region with known crisis lines; showing the international fallback (local emergency number, Find A Helpline). Known: ${REGIONS.join(', ')} (UK reads as GB).`;
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
