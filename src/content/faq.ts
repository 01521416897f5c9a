import * as z from 'zod/mini';
import type { Locale } from '../context/clinic-context.js';

/** A question's own id, as it appears after `#` in a link: letters, digits, `-` and `_`. */
export const FAQ_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const faqId = z.string().check(z.regex(FAQ_ID));

/** One question: its text, and an answer that may carry a few tags (see `rich-text.ts`). */
export const faqItemSchema = z.strictObject({
  id: z.optional(faqId),
  question: z.string().check(z.minLength(1), z.maxLength(500)),
  answer: z.string().check(z.minLength(1), z.maxLength(20000)),
});

/**
 * A clinic's FAQ, as editors write it:
 * `{"items": [{"id": "cost", "question": "…", "answer": "<p>…</p>"}]}`. `id` is optional:
 * without it, the id is made from the question's text.
 */
export const faqSchema = z.strictObject({
  items: z.array(faqItemSchema).check(z.maxLength(5000)),
});

export type FaqItem = z.infer<typeof faqItemSchema>;
export type FaqContent = z.infer<typeof faqSchema>;

/** A built-in FAQ in every UI language; its ids are the same in each, so links keep working. */
export type FaqPack = Record<Locale, FaqContent>;

/** "What's the strongest evidence?" → `whats-the-strongest-evidence` (accents dropped). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
  return slug || 'question';
}
