import * as z from 'zod/mini';
import { STRENGTHS } from './evidence-strengths.js';
import { webAddress } from './web-address.js';

export { STRENGTHS, type Strength } from './evidence-strengths.js';

/** Readable ids an author types by hand: `dakwar-2020`, `alcohol`. */
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60));
const label = z.string().check(z.minLength(1), z.maxLength(200));
const paragraph = z.string().check(z.minLength(1), z.maxLength(2000));
const paragraphs = z.array(paragraph).check(z.maxLength(10));
/** `2020`, or a span the article names as one entry: `"1997 / 2002"`. */
const year = z.union([
  z.int().check(z.gte(1900), z.lte(2100)),
  z.string().check(z.regex(/^\d{4}(?: ?[/–-] ?\d{4})?$/)),
]);

/** One entry of the article's source list: what a reader cites and opens. */
export const evidenceSourceSchema = z.strictObject({
  id: slug,
  /** As cited: `"Dakwar E, et al."`. */
  authors: label,
  year,
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  journal: z.optional(label),
  url: webAddress,
  /** The link's text, e.g. `"PubMed 23845443"`; default: the address's host. */
  label: z.optional(label),
});

/** One arm of a two-arm (or more) result given as a percentage of participants or days. */
export const evidenceArmSchema = z.strictObject({
  label,
  percent: z.number().check(z.gte(0), z.lte(100)),
  /** The article gives the figure as "about" / "~". */
  approx: z.optional(z.boolean()),
});

/** A result the card draws as a small bar chart, with its text equivalent. */
export const evidenceChartSchema = z.strictObject({
  /** What the percentages measure: `"Abstinent at one year"`. */
  measure: label,
  /** True where a smaller figure is the better result (heavy drinking days). */
  lowerIsBetter: z.optional(z.boolean()),
  arms: z.array(evidenceArmSchema).check(z.minLength(2), z.maxLength(4)),
});

/** What participants received: the treatment and, where the article gives them, its details. */
export const evidenceInterventionSchema = z.strictObject({
  treatment: paragraph,
  dose: z.optional(paragraph),
  route: z.optional(label),
  sessions: z.optional(label),
  /** The psychological therapy paired with the drug. */
  therapy: z.optional(paragraph),
});

/** One trial, as the article describes it. */
export const evidenceStudySchema = z.strictObject({
  id: slug,
  /** As the article names them: `"Dakwar et al."`. */
  authors: label,
  year,
  /** The trial's own name: `"KARE"`. */
  trial: z.optional(label),
  journal: z.optional(label),
  /** Randomisation, blinding and the control used. */
  design: paragraph,
  population: paragraph,
  sampleSize: z.optional(z.int().check(z.gte(1))),
  intervention: evidenceInterventionSchema,
  comparator: z.optional(paragraph),
  followUp: z.optional(label),
  outcome: paragraph,
  chart: z.optional(evidenceChartSchema),
  /** A caution or remark about this study. */
  note: z.optional(paragraph),
  /** The study's own cautions, shown instead of the review's when it is shown alone. */
  caveats: z.optional(paragraphs),
  /** The id of its entry in `sources`. */
  source: slug,
});

/** Evidence for another treatment, set beside a substance's (psilocybin for alcohol). */
export const evidenceComparisonSchema = z.strictObject({
  title: label,
  summary: paragraph,
  studies: z.array(slug).check(z.maxLength(20)),
  points: z.optional(paragraphs),
});

/** The evidence for one substance use disorder. */
export const evidenceSubstanceSchema = z.strictObject({
  id: slug,
  name: label,
  strength: z.enum(STRENGTHS),
  summary: paragraph,
  /** Ids of its studies, in the order shown. */
  studies: z.array(slug).check(z.maxLength(30)),
  caveats: z.optional(paragraphs),
  comparison: z.optional(evidenceComparisonSchema),
});

type Shape = {
  substances: { id: string; studies: string[]; comparison?: { studies: string[] } }[];
  studies: { id: string; source: string }[];
  sources: { id: string }[];
};

// Ids are references: a study named by a substance, or a source named by a study, must exist.
function checkReferences(value: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  const problem = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', message, path, input: value });
  for (const kind of ['substances', 'studies', 'sources'] as const) {
    const seen = new Set<string>();
    value[kind].forEach((item, i) => {
      if (seen.has(item.id)) problem([kind, i, 'id'], `"${item.id}" is used twice`);
      seen.add(item.id);
    });
  }
  const studies = new Set(value.studies.map((s) => s.id));
  const sources = new Set(value.sources.map((s) => s.id));
  const studyRefs = (ids: string[], path: PropertyKey[]) =>
    ids.forEach((id, j) => {
      if (!studies.has(id)) problem([...path, j], `no study has the id "${id}"`);
    });
  value.substances.forEach((substance, i) => {
    studyRefs(substance.studies, ['substances', i, 'studies']);
    if (substance.comparison)
      studyRefs(substance.comparison.studies, ['substances', i, 'comparison', 'studies']);
  });
  value.studies.forEach((study, i) => {
    if (!sources.has(study.source))
      problem(['studies', i, 'source'], `no source has the id "${study.source}"`);
  });
}

/**
 * A clinic's evidence review, as editors write it:
 * `{"substances": [{"id": "alcohol", "name": "…", "strength": "strongest", "summary": "…",
 * "studies": ["dakwar-2020"]}], "studies": [{"id": "dakwar-2020", …, "source": "dakwar-2020"}],
 * "sources": [{"id": "dakwar-2020", "authors": "…", "year": 2020, "title": "…", "url": "…"}],
 * "caveats": ["…"]}`. Every id a substance or study names must exist.
 */
export const evidenceSchema = z
  .strictObject({
    substances: z.array(evidenceSubstanceSchema).check(z.minLength(1), z.maxLength(20)),
    studies: z.array(evidenceStudySchema).check(z.maxLength(100)),
    sources: z.array(evidenceSourceSchema).check(z.maxLength(100)),
    /** Cautions that apply to every substance. */
    caveats: z.optional(paragraphs),
  })
  .check(z.superRefine(checkReferences));

export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceSubstance = z.infer<typeof evidenceSubstanceSchema>;
export type EvidenceStudy = z.infer<typeof evidenceStudySchema>;
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;
export type EvidenceChart = z.infer<typeof evidenceChartSchema>;
export type EvidenceArm = z.infer<typeof evidenceArmSchema>;
export type EvidenceComparison = z.infer<typeof evidenceComparisonSchema>;
