/**
 * English UI strings, one named section per element so a per-element bundle carries only
 * its own. `fr.ts` must match every key (a missing French string is a type error).
 */

export const medicalDisclaimer = {
  reviewedByOn: 'Medically reviewed by {name} on {date}.',
  reviewedBy: 'Medically reviewed by {name}.',
  reviewedOn: 'Medically reviewed on {date}.',
  updatedOn: 'Last updated {date}.',
};

export const evidenceCard = {
  overviewTitle: 'Ketamine for addiction: the evidence by substance',
  /** A badge's words; the four-bar shape repeats them. */
  strength: {
    strongest: 'Strongest evidence',
    moderate: 'Moderate evidence',
    limited: 'Limited evidence',
    minimal: 'Minimal evidence',
  },
  legendTitle: 'What the strength levels mean',
  legend: {
    strongest:
      'The most trial evidence: several randomised trials, including rigorous recent ones.',
    moderate: 'Promising randomised trials, but few: they need repeating, with longer follow-up.',
    limited: 'Few or older trials, not repeated at scale.',
    minimal: 'Little or no published randomised-trial evidence.',
  },
  studiesTitle: 'The studies',
  noStudies: 'There is minimal published randomised-trial evidence, so no study is shown here.',
  keyStudies: 'Studies:',
  caveatsTitle: 'Keep in mind',
  design: 'Design',
  population: 'Who took part',
  sampleSize: 'Number of participants',
  treatment: 'Treatment',
  dose: 'Dose',
  route: 'Route',
  sessions: 'Sessions',
  therapy: 'Paired with',
  comparator: 'Compared with',
  followUp: 'Follow-up',
  outcome: 'Result:',
  source: 'Source:',
  newTab: '(opens in a new tab)',
  /** An approximate figure: the article says "about" or "~". */
  about: (value: string) => `about ${value}`,
  lowerIsBetter: 'lower is better',
  /** The chart's text equivalent, one sentence per bar. */
  armText: (label: string, value: string) => `${label}: ${value}.`,
};

export const faqList = {
  searchLabel: 'Search the questions',
  showAll: 'Show all answers',
  hideAll: 'Hide all answers',
  /** Shown and announced while a search is active. */
  shown: (shown: number, total: number) => `${shown} of ${total} questions shown`,
  noMatch: (query: string) => `No question matches “${query}”. Try another word.`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  /** The copy button's name: its visible words, then the question it links to. */
  copyName: (action: string, question: string) => `${action}: ${question}`,
  /** When the browser refuses to copy: the address bar then holds the question's link. */
  linkInAddressBar:
    'Copying is not possible here. The link to this question is now in the address bar.',
};
