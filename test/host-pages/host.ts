import { TAGS } from '../../src/ready.js';

/** Builds real host pages around the CMS build (`vite build --mode bundle`) in an iframe. */

/** The folder of the CMS build: the loader, its stylesheet and the chunks beside them. */
export const CDN_BUILD = '/dist/cdn/';
/** The script the snippet names: the loader, which imports each element's chunk on use. */
export const BUNDLE = `${CDN_BUILD}clinic-widgets.js`;
export const STYLESHEET = `${CDN_BUILD}clinic-widgets.css`;
/** The single-file build, for a host that cannot serve a folder (`--mode single-file`). */
export const SINGLE_FILE = '/dist/single-file/clinic-widgets-all.js';
/**
 * A copy of the CMS build deep in a partner's site (scripts/build-test-fixtures.mjs writes
 * it), to show the loader finds its chunks beside itself wherever the folder is hosted.
 */
export const CDN_BUILD_COPY = '/test-results/partner-site/wp-content/plugins/clinic/assets/';
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Every widget tag (the library's tags but the context). */
export const WIDGET_TAGS = TAGS.filter((tag) => tag !== 'clinic-context');

/** The README's snippet, with every element in it. */
export const EVERY_ELEMENT = `
<clinic-context locale="en" region="CA" clinic-name="Example Clinic" intake-url="/intake">
  <quick-exit><a href="https://www.wikipedia.org/">Leave this page</a></quick-exit>
  <crisis-banner>If you are in immediate danger, call 911. In Canada or the United States, call or text 988.</crisis-banner>
  <medical-disclaimer kind="all" updated-on="2026-05-06"></medical-disclaimer>
  <evidence-card substance="alcohol" compare>
    <p>The research on ketamine for alcohol use disorder is on <a href="/evidence">our evidence page</a>.</p>
  </evidence-card>
  <eligibility-check>
    <p>To ask whether ketamine-assisted therapy could suit you, <a href="/intake">book an intake call</a>.</p>
  </eligibility-check>
  <faq-list pack="ketamine-addiction" searchable></faq-list>
  <cost-estimate></cost-estimate>
  <key-takeaways pack="ketamine-addiction">
    <p>The key points of this article are in its summary at the top.</p>
  </key-takeaways>
  <source-list pack="ketamine-addiction">
    <p>The sources of this article are on <a href="/sources">our sources page</a>.</p>
  </source-list>
</clinic-context>`;

export interface Captured {
  errors: string[];
  warnings: string[];
  violations: string[];
  pageErrors: string[];
  shifts: number[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __captured: Captured; __pwned?: unknown };
  doc: Document;
  captured: Captured;
}

export interface PageOptions {
  body: string;
  csp?: string;
  /** Extra tags in <head> (after the capture script). */
  head?: string;
  /** Script URLs; default: the bundle once. */
  scripts?: string[];
  /** The stylesheet's URL; default the CMS build's. */
  stylesheet?: string;
  width?: number;
  /** The page's viewport height; default 800. */
  height?: number;
  /** Tags to wait for; default every widget. */
  waitFor?: readonly string[];
}

export async function openPage(options: PageOptions): Promise<HostPage> {
  const scripts = (options.scripts ?? [BUNDLE])
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    ${options.csp ? `<meta http-equiv="Content-Security-Policy" content="${options.csp}">` : ''}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/test/host-pages/capture.js"></script>
    <link rel="stylesheet" href="${options.stylesheet ?? STYLESHEET}">
    ${options.head ?? ''}
    ${scripts}
    <title>Host page</title></head><body><main>${options.body}</main><p id="after">Text after the widgets.</p></body></html>`;
  const frame = document.createElement('iframe');
  frame.title = 'host page';
  frame.style.width = `${options.width ?? 1024}px`;
  frame.style.height = `${options.height ?? 800}px`;
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostPage['win'];
  const doc = frame.contentDocument!;
  const tags = options.waitFor ?? WIDGET_TAGS;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  await settle(doc);
  return { frame, win, doc, captured: win.__captured };
}

/** Waits until every Lit element in the page (and in their shadow roots) has rendered. */
export async function settle(root: Document | ShadowRoot): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = deepElements(root)
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter((p): p is Promise<unknown> => !!p);
    await Promise.all(pending);
  }
}

/** Every element in a tree, entering open shadow roots. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

export function closePage(page: HostPage): void {
  page.frame.remove();
}
