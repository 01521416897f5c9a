/** The key takeaways' English strings. */
const strings = {
  /** The heading when the content names none. */
  title: 'Key takeaways',
};

export default strings;
