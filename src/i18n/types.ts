/** The shape a French section must match: same keys, strings or the same formatter signatures. */
export type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Strings<T[K]>;
};
