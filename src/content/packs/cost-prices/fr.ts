import type { CostPrices } from '../../cost.js';

/**
 * Les prix publiés de la clinique (ATMA CENA, « Ketamine Therapy for Addiction », coût et
 * assurances), en français. Mêmes montants que en.ts.
 */
const prices: CostPrices = {
  currency: 'CAD',
  deposit: { amount: 300, refundable: false },
  pathways: [
    { id: 'kat-psychedelic', name: 'Parcours psychédélique KAT', from: 1585, perSession: 795 },
    { id: 'kat-psycholytic', name: 'Parcours psycholytique KAT', from: 1530, perSession: 740 },
    { id: 'customised', name: 'Programme personnalisé', from: 2325, to: 6930 },
  ],
  insurance: [
    {
      plan: 'Spravato (eskétamine)',
      note: 'Une autorisation préalable est parfois possible, seulement pour une dépression résistante au traitement (DRT) associée à la dépendance\u00a0: la dépression doit être documentée et répondre aux critères de la DRT.',
    },
    {
      plan: 'Kétamine générique (intraveineuse, intramusculaire ou sublinguale)',
      note: 'Les assurances privées ne la couvrent généralement pas pour un traitement en psychiatrie ou en dépendance.',
    },
    {
      plan: 'Régimes provinciaux d’assurance médicaments',
      note: 'Ils ne couvrent pas la kétamine hors indication pour un trouble lié à l’usage de substances.',
    },
    {
      plan: 'Indemnisation des accidentés du travail et Anciens Combattants Canada (ACC)',
      note: 'Ils peuvent entrer en jeu quand un trouble lié à l’usage de substances s’accompagne d’une dépression résistante au traitement ou d’un TSPT qu’ils indemnisent.',
    },
  ],
};

export default prices;
