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

/**
 * A built-in pack as a content controller's fallback: at once when it has loaded (the CMS
 * loader fetches it with the element, so the first render shows it, with no empty frame), else
 * when it arrives. None without a pack.
 */
export function packContent<T>(
  pack: Lazy<T> | undefined,
): { value: T; source: 'pack' } | Promise<{ value: T; source: 'pack' }> | undefined {
  if (!pack) return undefined;
  const use = (value: T) => ({ value, source: 'pack' as const });
  const loaded = pack.now();
  return loaded ? use(loaded) : pack().then(use);
}

/** What hydration waits for: the pack the server rendered, unless it is already here. */
export function packPending(pack: Lazy<unknown> | undefined): Promise<unknown> | undefined {
  return pack && !pack.now() ? pack() : undefined;
}
