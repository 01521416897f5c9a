/** The evidence card's English strings (its words around the evidence). */
const strings = {
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

export default strings;
