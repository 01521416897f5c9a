/**
 * The one guard every address goes through before it becomes an `href` (intake links,
 * crisis-line websites, links in FAQ answers and evidence sources) or a request (`src`).
 * It checks the address the browser will use, not the string as typed: browsers drop tabs
 * and newlines anywhere and controls and spaces at the ends, so `java&#9;script:` is a
 * `javascript:` link. Phone links are rebuilt from validated digits only.
 */

export interface UrlRules {
  /** Also `mailto:` and `tel:` (intake links, FAQ answers); web addresses only otherwise. */
  mailAndPhone?: boolean;
  /** Also addresses relative to the page; they must stay on the page's own origin. */
  relative?: boolean;
}

/** The address to use, or what is wrong with it (for the author's console error). */
export type CheckedUrl = { ok: true; href: string } | { ok: false; problem: string };

// What a browser's URL parser removes before it reads the scheme.
const STRIPPED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g;
/** Bidi controls, zero-width and invisible characters: text that reads as something it is not. */
export const DECEPTIVE =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;
// The page's base; `Node.prototype`'s getter, so a `<form name="baseURI">` cannot stand in.
const baseUriOf = Object.getOwnPropertyDescriptor(globalThis.Node?.prototype ?? {}, 'baseURI')?.get;
// Pure callers (a server rendering FAQ answers) have no page: relative links stay relative.
const NO_PAGE = 'https://page.invalid/';

function pageBase(): string {
  try {
    return (baseUriOf && typeof document !== 'undefined' && baseUriOf.call(document)) || NO_PAGE;
  } catch {
    return NO_PAGE;
  }
}

/**
 * A phone number as a person writes it: ASCII digits, spaces, hyphens, dots, brackets and a
 * leading `+`, 3 to 15 digits. Letters ("1-800-FLOWERS"), other scripts' digits, bidi and
 * zero-width characters are refused, so the number shown is the number dialled.
 */
export function phoneProblem(number: string): string | undefined {
  if (DECEPTIVE.test(number)) return 'holds invisible or direction-changing characters';
  if (!/^\+?[0-9 ().-]{1,30}$/.test(number)) {
    return 'may hold only digits 0-9, spaces, hyphens, dots, brackets and a leading +';
  }
  const digits = number.replace(/[^0-9]/g, '').length;
  if (digits < 3 || digits > 15) return 'must have 3 to 15 digits';
  return undefined;
}

/** `tel:` or `sms:` from a validated number's digits ("116 123" → `tel:116123`), else undefined. */
export function phoneHref(scheme: 'tel' | 'sms', number: string): string | undefined {
  return phoneProblem(number) ? undefined : `${scheme}:${number.replace(/[^0-9+]/g, '')}`;
}

/**
 * Checks an address against `rules`: `https:` and `http:` always; `mailto:` and `tel:` with
 * `mailAndPhone`; relative ones (`/book`, `#fees`) with `relative`, as long as they stay on
 * the page's origin (a protocol-relative `//host/` or `\\host` link is refused: write
 * `https://host/…` in full). Everything else (`javascript:`, `data:`, `vbscript:`...) is refused.
 */
export function checkUrl(raw: string, rules: UrlRules = {}): CheckedUrl {
  const refuse = (problem: string): CheckedUrl => ({ ok: false, problem });
  if (typeof raw !== 'string') return refuse('is not text');
  if (DECEPTIVE.test(raw)) return refuse('holds invisible or direction-changing characters');
  const href = raw.replace(STRIPPED, '');
  if (!href) return refuse('is empty');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  const base = pageBase();
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return refuse('is not a valid address');
  }
  if (scheme === undefined) {
    if (!rules.relative) return refuse('must be a full https:// address');
    if (url.origin !== new URL(base).origin) {
      return refuse('leads to another site without saying how (//host); write https://… in full');
    }
    return { ok: true, href };
  }
  if (scheme === 'https' || scheme === 'http') {
    return url.hostname ? { ok: true, href } : refuse('has no host');
  }
  if (rules.mailAndPhone && scheme === 'tel') {
    const number = safeDecode(href.slice(4));
    const problem = number === undefined ? 'is not a valid tel: link' : phoneProblem(number);
    return problem
      ? refuse(`tel: number ${problem}`)
      : { ok: true, href: phoneHref('tel', number!)! };
  }
  if (rules.mailAndPhone && scheme === 'mailto') {
    return /^mailto:[^\s@]+@[^\s@]+$/i.test(href.split('?')[0]!)
      ? { ok: true, href }
      : refuse('is not a valid mailto: address');
  }
  const allowed = rules.mailAndPhone ? 'https:, http:, mailto: or tel:' : 'https: or http:';
  return refuse(`uses ${scheme}:, which is not allowed (use ${allowed})`);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export { displayHost } from './display-host.js';
