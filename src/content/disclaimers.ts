import * as z from 'zod/mini';

const paragraph = z.string().check(z.minLength(1), z.maxLength(2000));

/** One notice: a short title and its paragraphs. */
export const disclaimerNoticeSchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  text: z.array(paragraph).check(z.minLength(1), z.maxLength(10)),
});

/** The three notices of a clinic page, in one language. */
export const disclaimersSchema = z.strictObject({
  educational: disclaimerNoticeSchema,
  safety: disclaimerNoticeSchema,
  access: disclaimerNoticeSchema,
});

export type DisclaimerNotice = z.infer<typeof disclaimerNoticeSchema>;
export type Disclaimers = z.infer<typeof disclaimersSchema>;
/** `educational`, `safety` or `access`. */
export type DisclaimerKind = keyof Disclaimers;
