import * as z from 'zod/mini';
import { webAddress } from './web-address.js';

/** Readable ids an author types by hand (`dakwar-2019`); evidence cards match them. */
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60));
const label = z.string().check(z.minLength(1), z.maxLength(300));
/** `2020`, or a span the article gives as one entry: `"1997 / 2002"`. */
const year = z.union([
  z.int().check(z.gte(1900), z.lte(2100)),
  z.string().check(z.regex(/^\d{4}(?: ?[/–-] ?\d{4})?$/)),
]);

/**
 * One entry of a source list, as cited: people (`authors`, `year`) or an organisation
 * (`publisher`), a `title` and/or a `journal`, and where a reader opens it (`url`).
 */
export const sourceSchema = z
  .strictObject({
    /** What evidence cards cite it by (`dakwar-2019`); a card also matches it by its address. */
    id: z.optional(slug),
    /** As cited: `"Dakwar E, et al."`. */
    authors: z.optional(label),
    /** An organisation's page: `"Health Canada"`, shown as "Health Canada — title". */
    publisher: z.optional(label),
    year: z.optional(year),
    title: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    /** As abbreviated in the citation: `"Am J Psychiatry"`. */
    journal: z.optional(label),
    url: z.optional(webAddress),
    /** The link's text (`"PubMed 31230464"`); default: the address's host. */
    label: z.optional(label),
    /** What the source is about, in the reader's language. */
    note: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
    /** The language of the title, when it is not the page's (`"en"`), for screen readers. */
    lang: z.optional(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/))),
  })
  .check(
    z.superRefine((source, ctx) => {
      if (!source.authors && !source.publisher)
        ctx.addIssue({ code: 'custom', message: 'needs "authors" or "publisher"', input: source });
      if (!source.title && !source.journal)
        ctx.addIssue({ code: 'custom', message: 'needs "title" or "journal"', input: source });
    }),
  );

/**
 * A clinic's own source list, as editors write it:
 * `{"sources": [{"id": "dakwar-2019", "authors": "Dakwar E, et al.", "year": 2019,
 * "title": "…", "journal": "Am J Psychiatry", "url": "https://pubmed.ncbi.nlm.nih.gov/31230464/"}]}`.
 * Numbered in the order given.
 */
export const sourceListSchema = z
  .strictObject({
    /** The list's heading; default "Sources" in the reader's language. */
    title: z.optional(z.string().check(z.maxLength(200), z.regex(/\S/))),
    sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(200)),
  })
  .check(
    z.superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.sources.forEach((source, i) => {
        if (!source.id) return;
        if (seen.has(source.id))
          ctx.addIssue({
            code: 'custom',
            message: `"${source.id}" is used twice`,
            path: ['sources', i, 'id'],
            input: source.id,
          });
        seen.add(source.id);
      });
    }),
  );

export type Source = z.infer<typeof sourceSchema>;
export type SourceList = z.infer<typeof sourceListSchema>;

/** The built-in source lists, by the name the `pack` attribute takes. */
export type SourceListPackName = 'ketamine-addiction' | 'ketamine-addictive';
