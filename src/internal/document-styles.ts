import type { CSSResultOrNative, LitElement } from 'lit';

// Constructed stylesheets belong to the document (window) that made them, and a shadow root
// moved into another document (an iframe's) stops applying them: make them again there.
const sheetsByWindow = new WeakMap<object, Map<CSSResultOrNative, CSSStyleSheet>>();

function sheetIn(view: Window & typeof globalThis, style: CSSResultOrNative): CSSStyleSheet {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet!;
  if (view === (globalThis as unknown)) return own;
  let sheets = sheetsByWindow.get(view);
  if (!sheets) sheetsByWindow.set(view, (sheets = new Map()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync([...own.cssRules].map((rule) => rule.cssText).join('\n'));
    sheets.set(style, sheet);
  }
  return sheet;
}

/** Gives an element's shadow root its styles again in the document it was moved into. */
export function followDocumentStyles(element: LitElement): void {
  const root = element.shadowRoot;
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!root || !view || !('adoptedStyleSheets' in root)) return;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  try {
    root.adoptedStyleSheets = styles.map((style) => sheetIn(view, style));
  } catch {
    // A document that cannot take constructed sheets keeps what Lit gave it.
  }
}
