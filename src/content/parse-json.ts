import type { Checked } from './issues.js';

/** Largest JSON text an element reads (a clinic's FAQ of 1,000 questions fits easily). */
export const MAX_JSON_CHARS = 2_000_000;

export function parseJson(text: string): Checked<unknown> {
  if (text.length > MAX_JSON_CHARS) {
    return {
      ok: false,
      issues: [{ path: '(json)', message: `is larger than ${MAX_JSON_CHARS} characters` }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '(json)', message: `is not valid JSON (${(error as Error).message})` }],
    };
  }
}
