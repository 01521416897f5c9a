import type { Source } from '../../sources.js';
import { evidenceSources } from '../evidence/neutral.js';

/** An entry the evidence pack also cites, as written there once (an unknown id throws on load). */
function cited(id: string): Source {
  const source = evidenceSources.find((s) => s.id === id);
  if (!source) throw new Error(`sources-ketamine-addiction: no evidence source "${id}"`);
  return source;
}

/**
 * The 13 sources of the clinic's article "Ketamine Therapy for Addiction", numbered as the
 * article numbers them, with authors, years, titles, journals and addresses exactly as its
 * source list gives them. Citations are not translated: each has `lang: 'en'`.
 *
 * Citation notes (../shared/seeds/README.md): Dakwar 2014 is Biol Psychiatry, as the source
 * list says (the article's text names another journal). The one Krupitsky entry covers the
 * alcohol (1997) and heroin (2002) reports: evidence cards link it from both. Entry 8 names
 * two reviews with their own years, so its years stay with its authors; it has no address.
 * The ids of the entries evidence cards cite are the evidence pack's source ids.
 */
export const ketamineAddictionSources: Source[] = [
  {
    id: 'atma-cena-coordinated-care',
    publisher: 'ATMA CENA',
    title: 'coordinated care',
    url: 'https://psychedelic.healthcare/find-care',
  },
  cited('krupitsky-1997-2002'),
  cited('dakwar-2014'),
  cited('dakwar-2019'),
  cited('dakwar-2020'),
  cited('grabski-2022'),
  {
    id: 'jones-2018',
    authors: 'Jones JL, et al.',
    year: 2018,
    title: 'Efficacy of ketamine in the treatment of substance use disorders: a systematic review',
    journal: 'Front Psychiatry',
    url: 'https://www.frontiersin.org/journals/psychiatry/articles/10.3389/fpsyt.2018.00277/full',
    label: 'DOI 10.3389/fpsyt.2018.00277',
  },
  {
    id: 'worrell-2021-ezquerra-romano-2018',
    authors: 'Worrell SD, Gould TJ (2021) and Ezquerra-Romano II, et al. (2018)',
    title: 'Reviews on ketamine mechanisms in addiction',
    journal: 'Neuropharmacology',
  },
  cited('bogenschutz-2022'),
  {
    id: 'ncbi-bookshelf-nbk602506',
    publisher: 'NCBI Bookshelf',
    title: 'Ketamine for Adults With Substance Use Disorders',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK602506/',
    label: 'NCBI Bookshelf NBK602506',
  },
  {
    id: 'health-canada-ketamine-cdsa',
    publisher: 'Health Canada',
    title: 'Ketamine and Controlled Drugs and Substances Act',
    url: 'https://www.canada.ca/en/health-canada/services/substance-use/controlled-illegal-drugs/ketamine.html',
  },
  {
    id: 'health-canada-special-access-program',
    publisher: 'Health Canada',
    title: 'Special Access Program (psychedelic-assisted psychotherapy)',
    url: 'https://www.canada.ca/en/health-canada/services/drugs-health-products/drug-products/announcements/requests-special-access-program-psychedelic-assisted-psychotherapy.html',
  },
  {
    id: 'ccsa-crism-best-practices',
    publisher: 'CCSA / CRISM',
    title: 'Canadian Substance Use Best Practices',
    url: 'https://crism.ca/',
  },
].map((source) => ({ ...source, lang: 'en' }));
