import type { DisclaimerStrings } from './index.js';

const strings: DisclaimerStrings = {
  // A title takes its article and no full stop: "Dr. Ben Soffer, DO" → « le Dr Ben Soffer, DO ».
  reviewer: (name: string) =>
    name.replace(/^Dr(e?)\.?\s+/, (_, e: string) => (e ? 'la Dre ' : 'le Dr ')),
  reviewedByOn: 'Révision médicale par {name}, le {date}.',
  reviewedBy: 'Révision médicale par {name}.',
  reviewedOn: 'Révision médicale le {date}.',
  updatedOn: 'Dernière mise à jour le {date}.',
};

export default strings;
