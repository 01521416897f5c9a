/** The cost estimate's English strings. Amounts arrive formatted for the locale ("$1,585"). */
const strings = {
  title: 'Estimate your cost',
  /** Every price is where a course starts: said before any figure. */
  fromPrices: 'Every price here is a “from” price: what a course starts at.',
  confirm: 'The clinic confirms your final cost at the intake call.',
  bookIntake: 'Book an intake call',
  /** "Prices in Canadian dollars (CAD)." The name comes from Intl, in the reader's language. */
  currency: (name: string, code: string) => `Prices in ${name} (${code}).`,
  pathway: 'Pathway',
  /** Beside a pathway's name in the list. */
  sumPrice: (from: string, perSession: string) =>
    `from ${from}, plus ${perSession} per additional session`,
  rangePrice: (from: string, to: string) => `${from} to ${to}`,
  sessions: 'Additional sessions',
  sessionsHint: (min: string, max: string) => `A whole number from ${min} to ${max}.`,
  sessionsError: (min: string, max: string) =>
    `Enter a whole number from ${min} to ${max}. The estimate shows the last one you entered.`,
  estimate: 'Your estimate',
  /** The sum, row by row: base, sessions, total. */
  base: (pathway: string) => `${pathway}, from`,
  added: {
    one: (count: string, perSession: string) => `${count} additional session × ${perSession}`,
    other: (count: string, perSession: string) => `${count} additional sessions × ${perSession}`,
  },
  total: 'Estimated total, from',
  range: (pathway: string) => `${pathway}, price range`,
  rangeNote: 'This program has a price range, not a price per session.',
  /** The compact variant's one line: "$1,585 + 3 × $795 = $3,970". */
  formula: (base: string, count: string, perSession: string, total: string) =>
    `${base} + ${count} × ${perSession} = ${total}`,
  rangeFormula: (from: string, to: string) => `${from} to ${to}`,
  deposit: (amount: string) => `A non-refundable deposit of ${amount} applies.`,
  refundableDeposit: (amount: string) => `A refundable deposit of ${amount} applies.`,
  insurance: 'Insurance',
  /** Between a plan's name and its note. */
  colon: ': ',
  /** Said by screen readers once the reader settles on a choice, not on every keystroke. */
  announceSum: {
    one: (pathway: string, count: string, total: string) =>
      `${pathway} with ${count} additional session: estimate from ${total}.`,
    other: (pathway: string, count: string, total: string) =>
      `${pathway} with ${count} additional sessions: estimate from ${total}.`,
  },
  announceRange: (pathway: string, from: string, to: string) =>
    `${pathway}: estimate from ${from} to ${to}.`,
};

export default strings;
