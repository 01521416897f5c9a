/**
 * The one way elements dispatch events: bubbling and composed, so a page's code outside the
 * shadow tree hears them, with a typed `detail`. A function rather than a base-class method,
 * so elements that fire nothing do not ship it.
 */
export function emit<T>(host: HTMLElement, type: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, detail }));
}
