import * as z from 'zod/mini';
import type { Locale } from '../context/clinic-context.js';
import { FAQ_ID } from './faq-ids.js';

// Ids and slugs live apart from zod, so the element can use them without loading the schema.
export { FAQ_ID, slugify } from './faq-ids.js';

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
