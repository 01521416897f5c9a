import { createContext } from '@lit/context';

/** Languages every UI string and built-in text exists in. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Regions with known crisis and emergency lines (`EU` is the 112 default for the EU). */
export const REGIONS = ['CA', 'US', 'GB', 'IE', 'AU', 'EU'] as const;
export type Region = (typeof REGIONS)[number];

/** What `<clinic-context>` gives every widget inside it. */
export interface ClinicContextValue {
  locale: Locale;
  region?: Region;
  clinicName?: string;
  intakeUrl?: string;
  phone?: string;
}

// Symbol.for, not Symbol(): two bundled copies on one page must share the key.
export const clinicContext = createContext<ClinicContextValue>(
  Symbol.for('clinic-widgets/clinic-context'),
);
