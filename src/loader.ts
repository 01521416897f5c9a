/**
 * The CMS script (`clinic-widgets.js`): defines only the widgets a page uses. It looks for
 * their tags in the document, now and whenever nodes are added (as Shoelace's autoloader
 * does), and imports each element's chunk from the folder this file was loaded from: the
 * build writes relative `import()`s, which the browser resolves against `import.meta.url`,
 * so the folder may live at any path. Lit and the shared base are chunks of their own,
 * fetched once for every element. A tag the page lacks costs nothing.
 */
// Type only: a value import would make the tag list a chunk the loader fetches before it knows
// the page needs anything.
import type { Locale } from './context/clinic-context.js';
import type { Preload } from './internal/clinic-element.js';
import type { TAGS as TAG_LIST } from './ready.js';

type Tag = (typeof TAG_LIST)[number];

/** An element's class, and what a widget's first render reads (`<clinic-context>`: nothing). */
type Loaded = [element: CustomElementConstructor, preload?: Preload];

/**
 * One dynamic import per element module: the build turns each into a hashed chunk beside this
 * file (and imports the chunks it needs, Lit and the base, in parallel with it).
 */
const CLASSES: Record<Tag, () => Promise<Loaded>> = {
  'clinic-context': () =>
    import('./elements/clinic-context/clinic-context.component.js').then((m) => [m.ClinicContext]),
  'crisis-banner': () =>
    import('./elements/crisis-banner/crisis-banner.component.js').then((m) => [
      m.CrisisBanner,
      m.preload,
    ]),
  'medical-disclaimer': () =>
    import('./elements/medical-disclaimer/medical-disclaimer.component.js').then((m) => [
      m.MedicalDisclaimer,
      m.preload,
    ]),
  'evidence-card': () =>
    import('./elements/evidence-card/evidence-card.component.js').then((m) => [
      m.EvidenceCard,
      m.preload,
    ]),
  'eligibility-check': () =>
    import('./elements/eligibility-check/eligibility-check.component.js').then((m) => [
      m.EligibilityCheck,
      m.preload,
    ]),
  'faq-list': () =>
    import('./elements/faq-list/faq-list.component.js').then((m) => [m.FaqList, m.preload]),
  'quick-exit': () =>
    import('./elements/quick-exit/quick-exit.component.js').then((m) => [m.QuickExit, m.preload]),
  'cost-estimate': () =>
    import('./elements/cost-estimate/cost-estimate.component.js').then((m) => [
      m.CostEstimate,
      m.preload,
    ]),
  'key-takeaways': () =>
    import('./elements/key-takeaways/key-takeaways.component.js').then((m) => [
      m.KeyTakeaways,
      m.preload,
    ]),
  'source-list': () =>
    import('./elements/source-list/source-list.component.js').then((m) => [
      m.SourceList,
      m.preload,
    ]),
};

/**
 * What a widget reads in its first render, one chunk per locale: its strings, and the built-in
 * pack it shows. The loader imports the chunk of the locale the page gives the widget with the
 * element's own chunk, so its fetch starts at once (the element would ask for it one round
 * trip later); once the class has arrived, its `preload` hands each to the element's
 * catalogue, and only then is the element defined: its first render has them (no empty frame,
 * no layout shift).
 */
type LocaleChunks = Record<Locale, () => Promise<unknown>>;

const COMMON: LocaleChunks = {
  en: () => import('./i18n/common/en.js'),
  fr: () => import('./i18n/common/fr.js'),
};
const BANNER: LocaleChunks = {
  en: () => import('./elements/crisis-banner/strings/en.js'),
  fr: () => import('./elements/crisis-banner/strings/fr.js'),
};
const DISCLAIMER: LocaleChunks = {
  en: () => import('./elements/medical-disclaimer/strings/en.js'),
  fr: () => import('./elements/medical-disclaimer/strings/fr.js'),
};
/** The disclaimer's built-in notices: always shown with it, so loaded as its strings are. */
const NOTICES: LocaleChunks = {
  en: () => import('./content/packs/disclaimers/en.js'),
  fr: () => import('./content/packs/disclaimers/fr.js'),
};
const CARD: LocaleChunks = {
  en: () => import('./elements/evidence-card/strings/en.js'),
  fr: () => import('./elements/evidence-card/strings/fr.js'),
};
const FAQ: LocaleChunks = {
  en: () => import('./elements/faq-list/strings/en.js'),
  fr: () => import('./elements/faq-list/strings/fr.js'),
};
const TAKEAWAYS: LocaleChunks = {
  en: () => import('./elements/key-takeaways/strings/en.js'),
  fr: () => import('./elements/key-takeaways/strings/fr.js'),
};
const SOURCE_LIST: LocaleChunks = {
  en: () => import('./elements/source-list/strings/en.js'),
  fr: () => import('./elements/source-list/strings/fr.js'),
};
/** The questionnaire's first screen only: its questions load when a reader starts it. */
const ELIGIBILITY: LocaleChunks = {
  en: () => import('./elements/eligibility-check/strings/en.js'),
  fr: () => import('./elements/eligibility-check/strings/fr.js'),
};
const QUICK_EXIT: LocaleChunks = {
  en: () => import('./elements/quick-exit/strings/en.js'),
  fr: () => import('./elements/quick-exit/strings/fr.js'),
};
/** The quick exit's code, the same module in every locale (loaded like strings). */
const EXIT_CODE: LocaleChunks = {
  en: () => import('./internal/exit-control.js'),
  fr: () => import('./internal/exit-control.js'),
};
const COST: LocaleChunks = {
  en: () => import('./elements/cost-estimate/strings/en.js'),
  fr: () => import('./elements/cost-estimate/strings/fr.js'),
};
const STRINGS: Record<Tag, LocaleChunks[]> = {
  'clinic-context': [],
  'crisis-banner': [COMMON, BANNER],
  'medical-disclaimer': [COMMON, DISCLAIMER, NOTICES],
  'evidence-card': [COMMON, CARD],
  'eligibility-check': [COMMON, BANNER, ELIGIBILITY],
  'faq-list': [COMMON, FAQ],
  'quick-exit': [COMMON, QUICK_EXIT],
  'cost-estimate': [COMMON, COST],
  'key-takeaways': [COMMON, TAKEAWAYS],
  'source-list': [COMMON, SOURCE_LIST],
};
/**
 * The quick exit inside a banner or a questionnaire, its strings and its code: only where the
 * author asked for it (`quick-exit`).
 */
const EMBEDDED_EXIT: Partial<Record<Tag, LocaleChunks[]>> = {
  'crisis-banner': [QUICK_EXIT, EXIT_CODE],
  'eligibility-check': [QUICK_EXIT, EXIT_CODE],
};

const EVIDENCE: LocaleChunks = {
  en: () => import('./content/packs/evidence/en.js'),
  fr: () => import('./content/packs/evidence/fr.js'),
};
const FAQ_PACKS: Record<string, LocaleChunks> = {
  'ketamine-addiction': {
    en: () => import('./content/packs/faq-ketamine-addiction/en.js'),
    fr: () => import('./content/packs/faq-ketamine-addiction/fr.js'),
  },
  'ketamine-addictive': {
    en: () => import('./content/packs/faq-ketamine-addictive/en.js'),
    fr: () => import('./content/packs/faq-ketamine-addictive/fr.js'),
  },
};
/** The clinic's published prices (the pathway names and insurance notes are text). */
const COST_PRICES: LocaleChunks = {
  en: () => import('./content/packs/cost-prices/en.js'),
  fr: () => import('./content/packs/cost-prices/fr.js'),
};

/**
 * The built-in content a widget will show, in its locale, fetched with its chunk rather than
 * after its first render. Only for a widget with no content of the author's (a JSON child or
 * `src`). The key points' and sources' packs, small, the loader leaves to their element's
 * `preload` (it stays under its 3 kB): their fetch starts when the element's class arrives.
 */
const PACKS: Partial<Record<Tag, (el: Element, locale: Locale) => Promise<unknown>[]>> = {
  'evidence-card': (_, locale) => [EVIDENCE[locale]()],
  'faq-list': (el, locale) => {
    const name = el.getAttribute('pack') ?? '';
    if (!Object.hasOwn(FAQ_PACKS, name)) return [];
    return [FAQ_PACKS[name]![locale](), import('./content/rich-text.js')];
  },
  'cost-estimate': (_, locale) => [COST_PRICES[locale]()],
};

/** Every locale, by its language subtag: keyed by Locale, so a new one must be added here. */
const LOCALES: Record<Locale, true> = { en: true, fr: true };

/** The locale a widget will most likely resolve (a wrong guess costs one more fetch). */
function localeOf(el: Element): Locale {
  const tag =
    el.getAttribute('locale') ??
    el.closest('clinic-context[locale]')?.getAttribute('locale') ??
    el.closest('[lang]')?.getAttribute('lang');
  const language = tag?.trim().split(/[-_]/)[0]!.toLowerCase() ?? '';
  return Object.hasOwn(LOCALES, language) ? (language as Locale) : 'en';
}

/** Content of the author's, as `hasOwnContent` reads it (the loader imports no code of the base). */
const OWN_CONTENT = ':scope > script[type="application/json"]';

/**
 * The strings and packs a widget will show, in its locale, handed to its element's catalogues;
 * a failed one is the element's to report when it loads it.
 */
function packsFor(el: Element): Promise<unknown>[] {
  const locale = localeOf(el);
  const tag = el.localName as Tag;
  const exit = el.hasAttribute('quick-exit') ? (EMBEDDED_EXIT[tag] ?? []) : [];
  const fetches = [...STRINGS[tag], ...exit].map((chunks) => chunks[locale]());
  const own = el.hasAttribute('src') || el.querySelector(OWN_CONTENT);
  if (!own) fetches.push(...(PACKS[tag]?.(el, locale) ?? []));
  // Then, with the class, each is handed to the element's catalogue (its `preload`).
  const handed = loadClass(tag).then(([, preload]) => Promise.all(preload?.(el, locale) ?? []));
  return [...fetches, handed].map((p) => p.catch(() => undefined));
}

/** Every tag, in the library's order (CLASSES is keyed by all of them). */
const TAGS = Object.keys(CLASSES) as Tag[];
const isTag = (name: string): name is Tag => Object.hasOwn(CLASSES, name);
const classes = new Map<Tag, Promise<Loaded>>();

/** Imports one element's class, once (again after a failure: the network may come back). */
function loadClass(tag: Tag): Promise<Loaded> {
  let loading = classes.get(tag);
  if (!loading) {
    loading = CLASSES[tag]();
    loading.catch((error: unknown) => {
      classes.delete(tag);
      console.error(`clinic-widgets: could not load <${tag}>`, error);
    });
    classes.set(tag, loading);
  }
  return loading;
}

/**
 * Loads the given tags with their packs, then defines them all in one go (through the one
 * guarded define, so a second copy of the library is skipped), with their content.
 */
async function define(tags: Tag[], packs: Promise<unknown>[] = []): Promise<void> {
  const wanted = tags.filter((tag) => !customElements.get(tag));
  if (!wanted.length) return;
  const [defineElement, loaded] = await Promise.all([
    import('./define.js').then((m) => m.defineElement),
    Promise.allSettled(wanted.map(loadClass)),
    Promise.allSettled(packs),
  ]);
  wanted.forEach((tag, i) => {
    const element = loaded[i]!;
    if (element.status === 'fulfilled') defineElement(tag, element.value[0]);
  });
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Whether the reader can see any part of the element now (its reserved space counts). */
function inView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
}

/**
 * Loads every widget found in `root` (default: the document), the root included. The loader
 * calls it itself; call it for a shadow root of your own, which its observer cannot see into.
 *
 * Every chunk and pack is fetched at once, the widgets the reader can see first. Each widget
 * is then defined in a task of its own, those in view first, so no single task renders the
 * whole page (no long task); each renders into the room clinic-widgets.css kept for it, so
 * one appearing before another moves nothing.
 */
export async function discover(root: ParentNode = document): Promise<void> {
  const found = new Map<Tag, Element[]>();
  const seen = new Set<Tag>();
  const elements = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) elements.unshift(root);
  for (const el of elements) {
    const tag = el.localName;
    if (!isTag(tag) || customElements.get(tag)) continue;
    found.set(tag, [...(found.get(tag) ?? []), el]);
    // The context draws nothing, and its widgets need it: it goes with the first group.
    if (tag === 'clinic-context' || inView(el)) seen.add(tag);
  }
  const order = TAGS.filter((tag) => found.has(tag));
  const now = order.filter((tag) => seen.has(tag));
  const later = order.filter((tag) => !seen.has(tag));
  // Starting a fetch costs the main thread 0.2 to 2 ms a file: each tag's files (its class,
  // strings and packs) are asked for in a task of their own, those in view first, so the
  // loader's start is no long task; every fetch is still under way long before it is needed.
  const packs = new Map<Tag, Promise<unknown>[]>();
  const starting = (async () => {
    for (const tag of [...now, ...later]) {
      if (packs.size) await nextTask();
      void loadClass(tag).catch(() => undefined);
      packs.set(tag, found.get(tag)!.flatMap(packsFor));
    }
  })();
  try {
    await starting;
    for (const [i, tag] of [...now, ...later].entries()) {
      if (i) await nextTask();
      await define([tag], packs.get(tag));
    }
  } catch (error) {
    console.error('clinic-widgets: could not load the widgets', error);
  }
}

/**
 * Resolves once the given tags are defined, so a page can call element methods such as
 * `reset()`. With the loader, a tag is defined only when it is used: `ready()` with no
 * argument waits for every widget in the page at the time of the call; `ready(['faq-list'])`
 * also loads a tag the page does not have yet (for a widget you are about to create).
 */
export async function ready(tags?: readonly string[]): Promise<void> {
  if (!tags) {
    await discover();
    const inPage = TAGS.filter((tag) => document.querySelector(tag));
    await Promise.all(inPage.map((tag) => customElements.whenDefined(tag)));
    return;
  }
  await define(TAGS.filter((tag) => tags.includes(tag)));
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  new MutationObserver((mutations) => {
    for (const { addedNodes } of mutations) {
      for (const node of addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { subtree: true, childList: true });
  void discover();
}
