import type { CostStrings } from './index.js';

const strings: CostStrings = {
  title: 'Estimer le coût',
  fromPrices:
    'Chaque prix indiqué ici est un prix «\u00a0à partir de\u00a0»\u00a0: le prix de départ d’un parcours.',
  confirm: 'La clinique confirme le coût final lors de l’appel d’accueil.',
  bookIntake: 'Réserver un appel d’accueil',
  currency: (name: string, code: string) => `Prix en ${name} (${code}).`,
  pathway: 'Parcours',
  sumPrice: (from: string, perSession: string) =>
    `à partir de ${from}, plus ${perSession} par séance supplémentaire`,
  rangePrice: (from: string, to: string) => `de ${from} à ${to}`,
  sessions: 'Séances supplémentaires',
  sessionsHint: (min: string, max: string) => `Un nombre entier de ${min} à ${max}.`,
  sessionsError: (min: string, max: string) =>
    `Entrez un nombre entier de ${min} à ${max}. L’estimation garde le dernier nombre valide.`,
  estimate: 'Votre estimation',
  base: (pathway: string) => `${pathway}, à partir de`,
  added: {
    one: (count: string, perSession: string) => `${count} séance supplémentaire × ${perSession}`,
    other: (count: string, perSession: string) =>
      `${count} séances supplémentaires × ${perSession}`,
  },
  total: 'Total estimé, à partir de',
  range: (pathway: string) => `${pathway}, fourchette de prix`,
  rangeNote: 'Ce programme a une fourchette de prix, pas de prix par séance.',
  formula: (base: string, count: string, perSession: string, total: string) =>
    `${base} + ${count} × ${perSession} = ${total}`,
  rangeFormula: (from: string, to: string) => `de ${from} à ${to}`,
  deposit: (amount: string) => `Un dépôt non remboursable de ${amount} s’applique.`,
  refundableDeposit: (amount: string) => `Un dépôt remboursable de ${amount} s’applique.`,
  insurance: 'Assurances',
  colon: '\u00a0: ',
  announceSum: {
    one: (pathway: string, count: string, total: string) =>
      `${pathway} avec ${count} séance supplémentaire\u00a0: estimation à partir de ${total}.`,
    other: (pathway: string, count: string, total: string) =>
      `${pathway} avec ${count} séances supplémentaires\u00a0: estimation à partir de ${total}.`,
  },
  announceRange: (pathway: string, from: string, to: string) =>
    `${pathway}\u00a0: estimation de ${from} à ${to}.`,
};

export default strings;
