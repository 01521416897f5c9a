/**
 * The cost estimate's arithmetic, in whole cents: no DOM, no Lit, no floating-point drift.
 * A clinic writes amounts in its currency's units with at most two decimals (validated by
 * costPricesSchema); each becomes an integer number of cents once, and every sum after that
 * is of integers.
 */
import type { CostPathway } from '../../content/cost.js';

/** Additional sessions a reader may add to a pathway: 0 to 12. */
export const MIN_SESSIONS = 0;
export const MAX_SESSIONS = 12;

/** An amount in the currency's units (`795.5`) as whole cents (`79550`). */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** A pathway priced as a base plus a price per additional session. */
export interface SumEstimate {
  kind: 'sum';
  pathway: string;
  sessions: number;
  /** The pathway's "from" price, in cents. */
  base: number;
  /** The price of one additional session, in cents. */
  perSession: number;
  /** `sessions × perSession`, in cents. */
  additional: number;
  /** `base + additional`, in cents: a "from" total, confirmed at the intake call. */
  total: number;
}

/** A pathway priced as a range (a customised programme): never one figure. */
export interface RangeEstimate {
  kind: 'range';
  pathway: string;
  /** Always 0: a range has no per-session price. */
  sessions: 0;
  min: number;
  max: number;
}

export type Estimate = SumEstimate | RangeEstimate;

/** A session count the reader typed or chose, when it is a whole number from 0 to 12. */
export function sessionCount(value: unknown): number | undefined {
  if (typeof value === 'string' && !/^\s*\d{1,2}\s*$/.test(value)) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= MIN_SESSIONS && n <= MAX_SESSIONS ? n : undefined;
}

/**
 * The estimate for a pathway and a number of additional sessions (0 to 12; anything else
 * throws, as the element only passes checked counts). A range ignores the count.
 */
export function estimate(pathway: CostPathway, sessions: number): Estimate {
  if (pathway.to !== undefined) {
    return {
      kind: 'range',
      pathway: pathway.id,
      sessions: 0,
      min: toCents(pathway.from),
      max: toCents(pathway.to),
    };
  }
  if (sessionCount(sessions) === undefined) {
    throw new RangeError(
      `sessions must be a whole number from ${MIN_SESSIONS} to ${MAX_SESSIONS}, not ${sessions}`,
    );
  }
  const base = toCents(pathway.from);
  const perSession = toCents(pathway.perSession ?? 0);
  const additional = sessions * perSession;
  return {
    kind: 'sum',
    pathway: pathway.id,
    sessions,
    base,
    perSession,
    additional,
    total: base + additional,
  };
}

/** Whether any amount of these pathways has cents, so every figure shows them alike. */
export function hasCents(amounts: readonly number[]): boolean {
  return amounts.some((cents) => cents % 100 !== 0);
}
