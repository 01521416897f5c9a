/** The FAQ list's English strings. */
const strings = {
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

export default strings;
