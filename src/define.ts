import { attachContextRoot } from './context/context-root.js';
import { VERSION } from './version.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers a tag once. A second copy of the library on the page (a CMS plugin plus a
 * theme) is skipped instead of throwing, with a warning only when the versions differ.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  attachContextRoot();
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const theirs = existing.version ?? 'unknown';
  const ours = element.version ?? VERSION;
  if (theirs !== ours) {
    console.warn(
      `clinic-widgets ${ours}: <${tag}> is already defined by version ${theirs}; this copy was not registered.`,
    );
  }
}
