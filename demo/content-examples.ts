/**
 * A starting point for the content panel: each JSON-taking element's built-in content in
 * the form its schema accepts, so a designer edits real content rather than a blank box.
 */
import type { CrisisRegion, Locale } from '../src/context/clinic-context.js';
import costPricesEn from '../src/content/packs/cost-prices/en.js';
import costPricesFr from '../src/content/packs/cost-prices/fr.js';
import {
  crisisLinesFor,
  evidencePack,
  faqKetamineAddiction,
  ketamineAddictionSources,
} from '../src/content/index.js';
import takeawaysEn from '../src/content/packs/takeaways-ketamine-addiction/en.js';
import takeawaysFr from '../src/content/packs/takeaways-ketamine-addiction/fr.js';

type Example = (locale: Locale, region: CrisisRegion | undefined) => unknown;

const examples: Record<string, Example> = {
  'crisis-banner': (locale, region) => {
    const support = crisisLinesFor(region, locale);
    // The clinic's JSON needs at least one emergency number: North America's when no region
    // is given, 112 (which many phones route anywhere) for another country.
    return {
      emergency: support.emergency.length
        ? support.emergency
        : [region === 'international' ? '112' : '911'],
      // The languages a line answers in are said by the banner, not written in the JSON.
      lines: support.lines.map(({ answersIn: _languages, ...line }) => line),
    };
  },
  'evidence-card': (locale) => evidencePack[locale] ?? evidencePack.en,
  'faq-list': (locale) => faqKetamineAddiction[locale],
  'cost-estimate': (locale) => (locale === 'fr' ? costPricesFr : costPricesEn),
  'key-takeaways': (locale) => (locale === 'fr' ? takeawaysFr : takeawaysEn),
  'source-list': () => ({ sources: ketamineAddictionSources }),
};

/** The element's built-in content as pretty-printed JSON, or undefined when none is known. */
export function exampleContent(
  tag: string,
  locale: Locale,
  region: CrisisRegion | undefined,
): string | undefined {
  const example = examples[tag];
  return example ? JSON.stringify(example(locale, region), null, 2) : undefined;
}
