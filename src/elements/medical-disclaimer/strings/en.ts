/** The medical disclaimer's English strings: its review line. */
const strings = {
  /** The reviewer's name as the sentence needs it. */
  reviewer: (name: string) => name,
  reviewedByOn: 'Medically reviewed by {name} on {date}.',
  reviewedBy: 'Medically reviewed by {name}.',
  reviewedOn: 'Medically reviewed on {date}.',
  updatedOn: 'Last updated {date}.',
};

export default strings;
