// Floor 3: the smallest useful zod/mini validation, one object with one string field.
import * as z from 'zod/mini';

const schema = z.strictObject({ name: z.string() });
export const ok = (value: unknown) => schema.safeParse(value).success;
