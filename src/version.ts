/** The package version; the registration guard compares it when two copies meet on one page. */
export const VERSION = '0.1.0';
