import type { Locale, Region } from '../context/clinic-context.js';
import type { CrisisLine, CrisisLines } from './crisis-lines.js';
import { crisisLinesPack } from './packs/crisis-lines.js';
import { ownCopy } from '../internal/own-copy.js';

/** What the banner shows: emergency numbers (none: "call emergency services"), lines, a note. */
export interface CrisisSupport {
  emergency: string[];
  lines: CrisisLine[];
  note?: string;
}

/** The built-in lines for a region (unknown: the North American message), in one locale. */
export function crisisLinesFor(region: Region | undefined, locale: Locale): CrisisSupport {
  const pack = crisisLinesPack[region ?? 'none'];
  // Null-prototype objects: a polluted `Object.prototype.url` never becomes a line's link.
  return ownCopy({
    emergency: pack.emergency,
    lines: pack.lines.map(({ name, hours, ...numbers }, i) => ({
      ...numbers,
      name: name[locale],
      ...(Object.hasOwn(pack.lines[i]!, 'hours') ? { hours: hours![locale] } : {}),
    })),
    ...(Object.hasOwn(pack, 'note') ? { note: pack.note![locale] } : {}),
  });
}

/** A clinic's own lines, as the banner shows them (`emergency` always a list). */
export function fromClinicLines(own: CrisisLines): CrisisSupport {
  return ownCopy({
    emergency: typeof own.emergency === 'string' ? [own.emergency] : own.emergency,
    lines: own.lines,
  });
}

/** Digits only (and a leading +), for `tel:` and `sms:` links: "116 123" → "116123". */
export function dialable(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}
