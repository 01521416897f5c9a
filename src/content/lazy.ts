/** A module part loaded on first use, whose value is at hand synchronously once it has arrived. */
export interface Lazy<T> {
  (): Promise<T>;
  /** The value, once loaded: lets an element render it in its first update, with no empty frame. */
  now(): T | undefined;
  /** Hands over a value already imported (clinic-widgets/packs.js, for server renderers). */
  provide(value: T): void;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  const get = (() => {
    loading ??= load().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        loading = undefined; // a later use may retry (the network came back)
        throw error;
      },
    );
    return loading;
  }) as Lazy<T>;
  get.now = () => value;
  get.provide = (given) => {
    value = given;
    loading = Promise.resolve(given);
  };
  return get;
}
