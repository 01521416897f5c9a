import type * as z from 'zod/mini';
import { ownCopy } from '../internal/own-copy.js';

/** One problem in a clinic's content, named by its exact path: `studies[2].year`. */
export interface ContentIssue {
  path: string;
  message: string;
}

/** Where an element's content came from, in order of precedence. */
export type ContentSource = 'json' | 'src' | 'markup' | 'pack';

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** `['studies', 2, 'year']` → `studies[2].year` (the root itself is `(root)`). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

type RawIssue = z.core.$ZodIssue;

// zod/mini ships no message locale (that would add bytes): say it plainly from the issue code.
function describe(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `must have at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `must have at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'has an invalid format'
        : `expected a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.message || 'is invalid';
  }
}

/** Validates unknown data against a schema, with author-readable issues on failure. */
export function check<T>(schema: z.ZodMiniType<T>, data: unknown): Checked<T> {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    // Own properties only, also while validating: a validator walking the input with
    // `for...in` would otherwise meet a polluted prototype's keys as unknown fields.
    result = schema.safeParse(ownCopy(data));
  } catch (error) {
    // A page that broke a built-in (a polluted prototype): the content is refused, never half-read.
    return {
      ok: false,
      issues: [{ path: '(root)', message: `could not be checked (${String(error)})` }],
    };
  }
  if (result.success) return { ok: true, value: ownCopy(result.data) };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describe(issue),
    })),
  };
}
