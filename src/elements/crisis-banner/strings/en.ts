/** The crisis banner's English strings (the urgent panel of the questionnaire shows them too). */
const strings = {
  /** The region's name and the banner's visible title. */
  label: 'Crisis support',
  /** Read before the title so screen reader users hear the urgency too. */
  urgent: 'Urgent:',
  danger: 'If you or someone else is in immediate danger, call emergency services now.',
  dangerCall: 'If you or someone else is in immediate danger, call emergency services now:',
  compactDanger: 'Immediate danger:',
  compactServices: 'call emergency services',
  /** Where no number can be named (the international fallback). */
  dangerLocal:
    'If you or someone else is in immediate danger, call your local emergency number now.',
  compactLocal: 'call your local emergency number',
  or: 'or',
  call: (number: string) => `Call ${number}`,
  text: (number: string) => `Text ${number}`,
  /** A text line that needs a word: "Text SHOUT to 85258". */
  textWord: (word: string, number: string) => `Text ${word} to ${number}`,
  /** Said when a line answers in languages other than the reader's. */
  inLanguages: (names: string[]) => `in ${names.join(' and ')}`,
  languages: { en: 'English', fr: 'French', es: 'Spanish' },
  details: 'Details',
  /** The fold button's name: its visible word and what it folds. */
  detailsName: 'Crisis support details',
};

export default strings;
