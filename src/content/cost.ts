import * as z from 'zod/mini';
import { check, type Checked } from './issues.js';
import { parseJson } from './parse-json.js';

/** Readable ids an author types by hand: `kat-psychedelic`. */
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60));
const label = z.string().check(z.minLength(1), z.maxLength(200));
const paragraph = z.string().check(z.minLength(1), z.maxLength(1000));

/** The most an amount may be: well above any course of treatment, far below float trouble. */
export const MAX_AMOUNT = 1_000_000;

/**
 * An amount of money as a clinic writes it, in the currency's units (`1585`, `795.50`): at
 * most two decimals, so it is a whole number of cents. The estimate computes in cents.
 */
export const amountSchema = z.number().check(
  z.gte(0),
  z.lte(MAX_AMOUNT),
  z.refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
    message: 'must have at most two decimals (whole cents)',
  }),
);

/**
 * One pathway: a base price plus a price per additional session
 * (`{"id": "kat-psychedelic", "name": "…", "from": 1585, "perSession": 795}`), or a range
 * with no per-session price (`{"id": "customised", "name": "…", "from": 2325, "to": 6930}`).
 */
export const costPathwaySchema = z
  .strictObject({
    id: slug,
    name: label,
    from: amountSchema,
    perSession: z.optional(amountSchema),
    to: z.optional(amountSchema),
  })
  .check(
    z.refine((p) => (p.perSession === undefined) !== (p.to === undefined), {
      message:
        'needs either perSession (the price of each additional session) or to (the top of a range), not both',
    }),
    z.refine((p) => p.to === undefined || p.to >= p.from, {
      message: 'to must not be below from',
      path: ['to'],
    }),
  );

/** What a plan or payer may cover, as the clinic states it. */
export const costInsuranceNoteSchema = z.strictObject({
  /** The plan or payer: `"Spravato (esketamine)"`, `"Provincial drug plans"`. */
  plan: label,
  note: paragraph,
});

/**
 * A clinic's published prices:
 * `{"currency": "CAD", "deposit": {"amount": 300, "refundable": false}, "pathways": […], "insurance": […]}`.
 * `deposit` says whether it is refundable as the clinic states it; `insurance` is optional.
 */
export const costPricesSchema = z.strictObject({
  /** An ISO 4217 code: `CAD`, `USD`, `EUR`. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  deposit: z.optional(z.strictObject({ amount: amountSchema, refundable: z.boolean() })),
  pathways: z.array(costPathwaySchema).check(
    z.minLength(1),
    z.maxLength(20),
    z.refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
      message: 'every pathway needs an id of its own',
    }),
  ),
  insurance: z.optional(z.array(costInsuranceNoteSchema).check(z.maxLength(10))),
});

export type CostPathway = z.infer<typeof costPathwaySchema>;
export type CostInsuranceNote = z.infer<typeof costInsuranceNoteSchema>;
export type CostPrices = z.infer<typeof costPricesSchema>;

/** Reads a clinic's prices from JSON text: the prices, or every problem by its path. */
export function parseCostPrices(text: string): Checked<CostPrices> {
  const parsed = parseJson(text);
  return parsed.ok ? check(costPricesSchema, parsed.value) : parsed;
}
