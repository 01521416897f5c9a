import type { CostPrices } from '../../cost.js';

/**
 * The clinic's published prices (ATMA CENA, "Ketamine Therapy for Addiction", Cost and
 * insurance), in English. The figures carry over exactly; fr.ts has the same figures.
 */
const prices: CostPrices = {
  currency: 'CAD',
  deposit: { amount: 300, refundable: false },
  pathways: [
    { id: 'kat-psychedelic', name: 'KAT Psychedelic Pathway', from: 1585, perSession: 795 },
    { id: 'kat-psycholytic', name: 'KAT Psycholytic Pathway', from: 1530, perSession: 740 },
    { id: 'customised', name: 'Customised program', from: 2325, to: 6930 },
  ],
  insurance: [
    {
      plan: 'Spravato (esketamine)',
      note: 'Prior authorisation is sometimes available, for treatment-resistant depression (TRD) alongside the addiction only: the depression must be documented and meet TRD criteria.',
    },
    {
      plan: 'Generic ketamine (intravenous, intramuscular or under the tongue)',
      note: 'Private insurance generally does not cover it for psychiatric or substance use treatment.',
    },
    {
      plan: 'Provincial drug plans',
      note: 'They do not cover off-label ketamine for a substance use disorder.',
    },
    {
      plan: 'Workers’ compensation and Veterans Affairs Canada (VAC)',
      note: 'They may matter where a substance use disorder comes with treatment-resistant depression or PTSD that they compensate.',
    },
  ],
};

export default prices;
