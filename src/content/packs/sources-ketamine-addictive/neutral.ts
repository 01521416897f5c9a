import type { Source } from '../../sources.js';

/**
 * The 3 references of the clinic's article "Is ketamine addictive?": authors, years,
 * journals and PubMed ids exactly as the article gives them (it gives no titles), in English (`lang`). What
 * each is about is written per locale (ketamine-addictive.en.ts, .fr.ts), in our own words.
 */
export const ketamineAddictiveSources: Source[] = [
  {
    id: 'zhou-2023',
    authors: 'Zhou J et al.',
    year: 2023,
    journal: 'Neurourology and Urodynamics',
    url: 'https://pubmed.ncbi.nlm.nih.gov/36780131/',
    label: 'PMID 36780131',
  },
  {
    id: 'sanacora-2017',
    authors: 'Sanacora G et al.',
    year: 2017,
    journal: 'JAMA Psychiatry',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28249076/',
    label: 'PMID 28249076',
  },
  {
    id: 'schep-2023',
    authors: 'Schep LJ et al.',
    year: 2023,
    journal: 'Clinical Toxicology',
    url: 'https://pubmed.ncbi.nlm.nih.gov/37267048/',
    label: 'PMID 37267048',
  },
].map((source) => ({ ...source, lang: 'en' }));

/** Adds each reference's note, in one locale, to the shared citations. */
export function withNotes(notes: readonly string[]): Source[] {
  return ketamineAddictiveSources.map((source, i) => ({ ...source, note: notes[i] }));
}
