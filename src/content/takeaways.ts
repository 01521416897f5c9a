import * as z from 'zod/mini';
import type { Locale } from '../context/clinic-context.js';

/** Text with something to read in it (a blank item is an author's slip, not a point). */
const point = z.string().check(z.maxLength(1000), z.regex(/\S/));

/**
 * A clinic's own key points, as editors write them:
 * `{"title": "Key points", "items": ["…", "…"]}`. Plain text: no markup is read.
 */
export const takeawaysSchema = z.strictObject({
  /** The list's heading; default "Key takeaways" in the reader's language. */
  title: z.optional(z.string().check(z.maxLength(200), z.regex(/\S/))),
  items: z.array(point).check(z.minLength(1), z.maxLength(50)),
});

export type Takeaways = z.infer<typeof takeawaysSchema>;

/** The built-in key points, by the name the `pack` attribute takes. */
export type TakeawaysPackName = 'ketamine-addiction' | 'ketamine-addictive';

/** A built-in pack: the same points in every locale, one module per locale. */
export type TakeawaysPack = Record<Locale, Takeaways>;
