/** What an evidence card says beside a citation when a source list on the page numbers it. */
const strings = {
  /** The hidden words of the number link ("[3]"), which leads to the list's entry. */
  inList: (n: number) => `source ${n} in the list of sources`,
};

export default strings;
