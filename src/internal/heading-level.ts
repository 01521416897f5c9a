import { html, isServer } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TAGS } from '../ready.js';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** When nothing tells: a widget is a section of the page under its (unseen) title. */
export const DEFAULT_HEADING_LEVEL = 2;

export interface HeadingLevelOptions {
  /** The `heading-level` attribute as the element read it (a number, or NaN for junk). */
  requested: number | undefined;
  /** True while the element hydrates server-rendered HTML: read no more than the server could. */
  hydrating?: boolean;
  /** Tells the page's author when `heading-level` is unusable. */
  authorError: (message: string) => void;
}

/**
 * The level of an element's top heading: `heading-level` when it is a whole number 1 to 6;
 * else one below the nearest heading before the element in the page (across shadow roots,
 * so a widget inside another component's section follows that section's heading); else 2.
 * A server renderer has no page to read: there (and while hydrating its HTML) it is the
 * attribute or 2, and the browser corrects it after hydration.
 */
export function headingLevel(host: Element, options: HeadingLevelOptions): number {
  const { requested } = options;
  if (requested !== undefined && requested !== null) {
    if (Number.isInteger(requested) && requested >= 1 && requested <= 6) return requested;
    options.authorError(
      `heading-level "${host.getAttribute('heading-level') ?? requested}" must be a whole number from 1 to 6; the level follows the page's headings instead.`,
    );
  }
  if (isServer || options.hydrating) return DEFAULT_HEADING_LEVEL;
  const before = headingBefore(host);
  return before ? Math.min(levelOf(before) + 1, 6) : DEFAULT_HEADING_LEVEL;
}

export interface HeadingAttributes {
  className?: string;
  part?: string;
  id?: string;
  /** A focus target (`tabindex="-1"`, `data-focus`) for a step that moves focus to it. */
  focusTarget?: boolean;
}

/** A real heading element at that level (deeper than 6 stays 6): one template per level. */
export function heading(level: number, content: unknown, attrs: HeadingAttributes = {}) {
  const { className = '', part, id, focusTarget = false } = attrs;
  const tabindex = focusTarget ? -1 : undefined;
  // One line per level: no whitespace around the content, which is the heading's text.
  // prettier-ignore
  switch (Math.max(1, Math.min(level, 6))) {
    case 1:
      return html`<h1 class=${className} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} ?data-focus=${focusTarget}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} ?data-focus=${focusTarget}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} ?data-focus=${focusTarget}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} ?data-focus=${focusTarget}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} ?data-focus=${focusTarget}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${ifDefined(part)} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} ?data-focus=${focusTarget}>${content}</h6>`;
  }
}

function levelOf(el: Element): number {
  const tag = /^h([1-6])$/.exec(el.localName);
  if (tag) return Number(tag[1]);
  const aria = Number(el.getAttribute('aria-level'));
  return Number.isInteger(aria) && aria >= 1 ? Math.min(aria, 6) : 2;
}

/**
 * The nearest heading before `from` in the composed (rendered) tree: earlier siblings and
 * what they hold (slotted content where it is shown, open shadow roots), then the ancestors,
 * stepping out of each shadow root to its host. Another clinic widget is a sibling section,
 * not a title: its own headings are skipped.
 */
function headingBefore(from: Element): Element | undefined {
  for (let node: Element | undefined = from; node; node = composedParent(node)) {
    const siblings = composedSiblings(node);
    for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
      const found = lastHeadingIn(siblings[i]!);
      if (found) return found;
    }
    const parent = composedParent(node);
    if (parent?.matches(HEADING)) return parent;
  }
  return undefined;
}

function composedParent(node: Element): Element | undefined {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : undefined;
}

function composedSiblings(node: Element): Element[] {
  if (node.assignedSlot) return node.assignedSlot.assignedElements();
  const parent = node.parentNode;
  return parent ? [...(parent as ParentNode).children] : [node];
}

function lastHeadingIn(el: Element): Element | undefined {
  if (el.matches(HEADING)) return el;
  if (isClinicWidget(el)) return undefined;
  // What a host shows of its own (shadow) and of its children (slotted) may both hold one;
  // the light DOM is searched first, as it usually follows the shadow's own header.
  const light = [...el.querySelectorAll(HEADING)].filter((h) => !insideWidget(h, el));
  if (light.length) return light[light.length - 1];
  const shadow = el.shadowRoot ? [...el.shadowRoot.querySelectorAll(HEADING)] : [];
  return shadow[shadow.length - 1];
}

// By tag, not by class: a second copy of the library on the page has classes of its own.
const WIDGETS: readonly string[] = TAGS.filter((tag) => tag !== 'clinic-context');
function isClinicWidget(el: Element): boolean {
  return WIDGETS.includes(el.localName);
}

function insideWidget(el: Element, within: Element): boolean {
  for (let node = el.parentElement; node && node !== within; node = node.parentElement) {
    if (isClinicWidget(node)) return true;
  }
  return false;
}
