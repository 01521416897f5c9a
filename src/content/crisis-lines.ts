import * as z from 'zod/mini';
import { webAddress } from './web-address.js';

const phoneNumber = z.string().check(z.regex(/^\+?[0-9][0-9 ().-]{0,19}$/));
const label = z.string().check(z.minLength(1), z.maxLength(200));
/** The word a text line asks for ("SHOUT" to 85258): letters and digits only. */
const keyword = z.string().check(z.regex(/^[A-Za-z0-9]{1,20}$/));

/** One crisis line: something a person can call, text or open. */
export const crisisLineSchema = z
  .strictObject({
    name: label,
    call: z.optional(phoneNumber),
    text: z.optional(phoneNumber),
    keyword: z.optional(keyword),
    url: z.optional(webAddress),
    hours: z.optional(z.string().check(z.maxLength(100))),
  })
  .check(
    // A line a reader cannot reach is no line: the built-in ones stay instead.
    z.refine((line) => !!(line.call || line.text || line.url), {
      message: 'needs a number to call or text, or a website',
    }),
  );

/**
 * A clinic's own lines, as editors write them:
 * `{"emergency": "911", "lines": [{"name": "...", "call": "988", "text": "988", "hours": "24/7"}]}`.
 * A text line that needs a word says which: `{"name": "Shout", "text": "85258", "keyword": "SHOUT"}`.
 * `emergency` takes one number or a list (Ireland: 112 or 999).
 */
export const crisisLinesSchema = z.strictObject({
  emergency: z.union([phoneNumber, z.array(phoneNumber).check(z.minLength(1), z.maxLength(4))]),
  lines: z.array(crisisLineSchema).check(z.minLength(1), z.maxLength(10)),
});

export type CrisisLine = z.infer<typeof crisisLineSchema>;
export type CrisisLines = z.infer<typeof crisisLinesSchema>;
