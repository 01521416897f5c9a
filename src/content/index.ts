/**
 * clinic-widgets/content: the zod/mini schemas of every kind of content, the built-in
 * packs written from the clinic's articles, and the validation helpers.
 */
export { check, formatPath, parseJson } from './issues.js';
export type { Checked, ContentIssue, ContentSource } from './issues.js';
export { crisisLineSchema, crisisLinesSchema, dialable } from './crisis-lines.js';
export type { CrisisLine, CrisisLines } from './crisis-lines.js';
