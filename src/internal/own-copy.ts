/**
 * A deep copy of content (validated JSON, a built-in pack) made of null-prototype objects: a
 * property the content does not have reads as undefined, even on a page whose scripts put
 * `url` or `note` on `Object.prototype`. Only plain objects and arrays are copied; anything
 * else (an author's `<details>` elements) is kept as it is.
 */
export function ownCopy<T>(value: T, depth = 0): T {
  // Content is a few levels deep; deeper (hostile) nesting is left for the schema to refuse.
  if (depth > 64) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => ownCopy(item, depth + 1)) as T;
  if (value === null || typeof value !== 'object') return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    copy[key] = ownCopy((value as Record<string, unknown>)[key], depth + 1);
  }
  return copy as T;
}
