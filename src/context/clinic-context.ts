import { createContext } from '@lit/context';

/** Languages every UI string and built-in text exists in. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Regions with known crisis and emergency lines (`EU` is the 112 default for the EU). */
export const REGIONS = ['CA', 'US', 'GB', 'IE', 'AU', 'NZ', 'FR', 'EU'] as const;
export type Region = (typeof REGIONS)[number];

/** Other ways of writing a known region: `UK` is GB. */
export const REGION_ALIASES: Readonly<Record<string, Region>> = { UK: 'GB' };

/**
 * A region was given but is none of ours: not North America, so never 988 as its line.
 * Readers get the international fallback (local emergency number, Find A Helpline).
 */
export const INTERNATIONAL = 'international';

/** The region a widget shows lines for: a known one, or the international fallback. */
export type CrisisRegion = Region | typeof INTERNATIONAL;

/** What `<clinic-context>` gives every widget inside it. */
export interface ClinicContextValue {
  locale: Locale;
  /** A known region, or `international` when the region given is not one of ours. */
  region?: CrisisRegion;
  clinicName?: string;
  intakeUrl?: string;
  phone?: string;
}

// Symbol.for, not Symbol(): two bundled copies on one page must share the key.
export const clinicContext = createContext<ClinicContextValue>(
  Symbol.for('clinic-widgets/clinic-context'),
);
