import type { CrisisRegion, Locale } from '../context/clinic-context.js';
import type { CrisisLine, CrisisLines } from './crisis-lines.js';
import { crisisLinesPack, type LineLanguage } from './packs/crisis-lines.js';
import { ownCopy } from '../internal/own-copy.js';

export type { LineLanguage } from './packs/crisis-lines.js';

/** A line as shown: with the languages it answers in when the reader's is not one of them. */
export type ShownLine = CrisisLine & { answersIn?: LineLanguage[] };

/** What the banner shows: emergency numbers (none: "call emergency services"), lines, a note. */
export interface CrisisSupport {
  emergency: string[];
  lines: ShownLine[];
  note?: string;
  /** No number can be named: "call your local emergency number" (the international fallback). */
  localEmergency?: boolean;
}

/**
 * The built-in lines in one locale: for a known region its own; for `international` (a
 * region given that is not ours) the local emergency number and Find A Helpline, never 988;
 * with no region at all, the seed's North American message.
 */
export function crisisLinesFor(region: CrisisRegion | undefined, locale: Locale): CrisisSupport {
  const pack = crisisLinesPack[region ?? 'none'];
  // Null-prototype objects: a polluted `Object.prototype.url` never becomes a line's link.
  return ownCopy({
    emergency: pack.emergency,
    lines: pack.lines.map(({ name, hours, answersIn, ...numbers }, i) => ({
      ...numbers,
      name: name[locale],
      ...(Object.hasOwn(pack.lines[i]!, 'hours') ? { hours: hours![locale] } : {}),
      ...(answersIn && !answersIn.includes(locale) ? { answersIn } : {}),
    })),
    ...(Object.hasOwn(pack, 'note') ? { note: pack.note![locale] } : {}),
    ...(pack.localEmergency ? { localEmergency: true } : {}),
  });
}

/** A clinic's own lines, as the banner shows them (`emergency` always a list). */
export function fromClinicLines(own: CrisisLines): CrisisSupport {
  return ownCopy({
    emergency: typeof own.emergency === 'string' ? [own.emergency] : own.emergency,
    lines: own.lines,
  });
}

// "+44 (0) 20 …": the bracketed trunk 0 is dialled only from inside the country.
const TRUNK_ZERO = /^(\s*\+\d{1,3})\s*\(0\)\s*/;

/**
 * A number as shown: as written, less a bracketed trunk 0 after a country code, so the
 * number shown is the number dialled ("+44 (0) 20 7946 0000" → "+44 20 7946 0000").
 */
export function shownNumber(number: string): string {
  return number.replace(TRUNK_ZERO, '$1 ').trim();
}

/** Digits only (and a leading +), for `tel:` and `sms:` links: "116 123" → "116123". */
export function dialable(number: string): string {
  return shownNumber(number).replace(/[^0-9+]/g, '');
}
