/** The source list's English strings. */
const strings = {
  /** The heading when the content names none. */
  title: 'Sources',
  newTab: '(opens in a new tab)',
  copy: 'Copy citation',
  copied: 'Copied',
  /** The copy button's hidden words: which entry it copies. */
  copyWhich: (n: number) => `${n}`,
  /** Announced once the citation is on the clipboard. */
  copiedAnnouncement: (n: number) => `Citation ${n} copied.`,
  copyFailed: (n: number) =>
    `Citation ${n} could not be copied here. Select its text to copy it instead.`,
  /** Before the links back to the places on the page that cite the entry. */
  citedIn: 'Cited in:',
  /** The hidden words of a link back to a citation. */
  backTo: 'back to',
};

export default strings;
