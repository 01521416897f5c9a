import * as z from 'zod/mini';
import { checkUrl } from '../internal/safe-url.js';

/**
 * A web address in content (a crisis line's website, an evidence source): `https://` or
 * `http://`, checked by the same guard as every link, with its problem named for the author.
 */
export const webAddress = z.string().check(
  z.maxLength(2000),
  z.superRefine((url, ctx) => {
    const checked = checkUrl(url);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.problem, input: url });
  }),
);
