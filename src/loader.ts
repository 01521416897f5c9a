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
import type { Catalogue } from './i18n/catalogue.js';
import type { TAGS as TAG_LIST } from './ready.js';

type Tag = (typeof TAG_LIST)[number];

/**
 * One dynamic import per element class: the build turns each into a hashed chunk beside this
 * file (and imports the chunks it needs, Lit and the base, in parallel with it).
 */
const CLASSES: Record<Tag, () => Promise<CustomElementConstructor>> = {
  'clinic-context': () =>
    import('./elements/clinic-context/clinic-context.component.js').then((m) => m.ClinicContext),
  'crisis-banner': () =>
    import('./elements/crisis-banner/crisis-banner.component.js').then((m) => m.CrisisBanner),
  'medical-disclaimer': () =>
    import('./elements/medical-disclaimer/medical-disclaimer.component.js').then(
      (m) => m.MedicalDisclaimer,
    ),
  'evidence-card': () =>
    import('./elements/evidence-card/evidence-card.component.js').then((m) => m.EvidenceCard),
  'eligibility-check': () =>
    import('./elements/eligibility-check/eligibility-check.component.js').then(
      (m) => m.EligibilityCheck,
    ),
  'faq-list': () => import('./elements/faq-list/faq-list.component.js').then((m) => m.FaqList),
  'cost-estimate': () =>
    import('./elements/cost-estimate/cost-estimate.component.js').then((m) => m.CostEstimate),
};

/**
 * The built-in content a widget will show, fetched with its chunk rather than after its first
 * render: no empty frame while a pack arrives (no layout shift), one round trip fewer. Only
 * for a widget with no content of the author's (a JSON child or `src`).
 */
const PACKS: Partial<Record<Tag, (el: Element) => Promise<unknown>[]>> = {
  // Each pack's own chunk is imported here too, so its fetch starts with the element's rather
  // than after the shared chunk that knows how to load it.
  'evidence-card': () => [
    import('./content/packs/evidence.js'),
    packLoaders().then((p) => p.evidencePack()),
  ],
  'faq-list': (el) => {
    const name = el.getAttribute('pack');
    if (name !== 'ketamine-addiction' && name !== 'ketamine-addictive') return [];
    return [
      name === 'ketamine-addiction'
        ? import('./content/packs/faq-ketamine-addiction.js')
        : import('./content/packs/faq-ketamine-addictive.js'),
      import('./content/rich-text.js'),
      packLoaders().then((p) => Promise.all([p.faqPacks[name](), p.richText()])),
    ];
  },
  // The clinic's published prices, in the page's locale (the names and notes are text).
  'cost-estimate': (el) => {
    const locale = localeOf(el);
    return [
      locale === 'fr'
        ? import('./content/packs/cost-prices/fr.js')
        : import('./content/packs/cost-prices/en.js'),
      packLoaders().then((p) => p.costPricesPack[locale]()),
    ];
  },
};
const packLoaders = () => import('./content/pack-loaders.js');

/**
 * The strings each widget renders, one chunk per locale: fetched with the element's chunk, in
 * the locale the page gives it, and handed to the element's catalogue, so its first render
 * has them (no empty frame). The element would load them itself, one round trip later.
 */
interface StringsEntry {
  /** The catalogue the element reads (a small module of the base chunk). */
  catalogue: () => Promise<Catalogue<unknown>>;
  /** Each locale's chunk, imported here too so its fetch starts at once. */
  chunks: Record<Locale, () => Promise<unknown>>;
}
const COMMON: StringsEntry = {
  catalogue: () => import('./i18n/common/index.js').then((m) => m.commonStrings),
  chunks: { en: () => import('./i18n/common/en.js'), fr: () => import('./i18n/common/fr.js') },
};
const BANNER: StringsEntry = {
  catalogue: () => import('./elements/crisis-banner/strings/index.js').then((m) => m.bannerStrings),
  chunks: {
    en: () => import('./elements/crisis-banner/strings/en.js'),
    fr: () => import('./elements/crisis-banner/strings/fr.js'),
  },
};
const COST: StringsEntry = {
  catalogue: () => import('./elements/cost-estimate/strings/index.js').then((m) => m.costStrings),
  chunks: {
    en: () => import('./elements/cost-estimate/strings/en.js'),
    fr: () => import('./elements/cost-estimate/strings/fr.js'),
  },
};
const STRINGS: Record<Tag, StringsEntry[]> = {
  'clinic-context': [],
  'crisis-banner': [COMMON, BANNER],
  'medical-disclaimer': [COMMON],
  'evidence-card': [COMMON],
  'eligibility-check': [COMMON, BANNER],
  'faq-list': [COMMON],
  'cost-estimate': [COMMON, COST],
};

/** The locale a widget will most likely resolve (a wrong guess costs one more fetch). */
function localeOf(el: Element): Locale {
  const tag =
    el.getAttribute('locale') ??
    el.closest('clinic-context[locale]')?.getAttribute('locale') ??
    el.closest('[lang]')?.getAttribute('lang');
  return tag && /^fr(?![a-z])/i.test(tag) ? 'fr' : 'en';
}

function stringsFor(el: Element): Promise<unknown>[] {
  const locale = localeOf(el);
  return STRINGS[el.localName as Tag].flatMap((strings) => [
    strings.chunks[locale](),
    strings.catalogue().then((catalogue) => catalogue[locale]()),
  ]);
}
const OWN_CONTENT = ':scope > script[type="application/json"]';

/**
 * The strings and packs a widget will show; a failed one is the element's to report when it
 * loads it.
 */
function packsFor(el: Element): Promise<unknown>[] {
  const packs = PACKS[el.localName as Tag];
  const own = !packs || el.hasAttribute('src') || el.querySelector(OWN_CONTENT);
  return [...stringsFor(el), ...(own ? [] : packs(el))].map((pack) => pack.catch(() => undefined));
}

/** Every tag, in the library's order (CLASSES is keyed by all of them). */
const TAGS = Object.keys(CLASSES) as Tag[];
const isTag = (name: string): name is Tag => Object.hasOwn(CLASSES, name);
const classes = new Map<Tag, Promise<CustomElementConstructor>>();

/** Imports one element's class, once (again after a failure: the network may come back). */
function loadClass(tag: Tag): Promise<CustomElementConstructor> {
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
 * guarded define, so a second copy of the library is skipped): widgets defined together
 * appear together, with their content, in one reflow.
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
    if (element.status === 'fulfilled') defineElement(tag, element.value);
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
 * Every chunk and pack is fetched at once. The widgets the reader can see are defined
 * together, in one reflow (no layout shift); each of the others after them in a task of its
 * own, so no single task renders the whole page (no long task); they move nothing in view.
 */
export async function discover(root: ParentNode = document): Promise<void> {
  const packs = new Map<Tag, Promise<unknown>[]>();
  const seen = new Set<Tag>();
  const elements = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) elements.unshift(root);
  for (const el of elements) {
    const tag = el.localName;
    if (!isTag(tag) || customElements.get(tag)) continue;
    packs.set(tag, [...(packs.get(tag) ?? []), ...packsFor(el)]);
    // The context draws nothing, and its widgets need it: it goes with the first group.
    if (tag === 'clinic-context' || inView(el)) seen.add(tag);
  }
  const order = TAGS.filter((tag) => packs.has(tag));
  order.forEach(loadClass);
  const now = order.filter((tag) => seen.has(tag));
  const later = order.filter((tag) => !seen.has(tag));
  try {
    await define(
      now,
      now.flatMap((tag) => packs.get(tag)!),
    );
    for (const tag of later) {
      await nextTask();
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
