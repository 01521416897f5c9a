import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { Locale } from '../context/clinic-context.js';
import { parseLocaleTag } from '../context/locale.js';
import type { Catalogue } from '../i18n/catalogue.js';

/** What the controller reads from its element. */
export interface LocaleSources {
  /** The `locale` attribute, as written. */
  own(): string | undefined;
  /** The nearest `<clinic-context>`'s locale. */
  context(): Locale | undefined;
  /** The page's `lang` around the element; undefined where it must not be read (hydration). */
  pageLang(): string | undefined;
  /** Tells the author, once, that something is wrong. */
  error(message: string): void;
}

/** Writing direction per locale, for the `dir` beside each rendered root's `lang`. */
const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', fr: 'ltr' };

// One observer for the whole page: a `lang` changed on any ancestor re-resolves every widget.
// Rare, so each widget simply re-renders; a shadow root of the page's own is not observed.
const watchers = new Set<() => void>();
let langObserver: MutationObserver | undefined;

function watchLang(watcher: () => void): () => void {
  watchers.add(watcher);
  if (!langObserver) {
    langObserver = new MutationObserver(() => watchers.forEach((w) => w()));
    langObserver.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
  }
  return () => {
    watchers.delete(watcher);
    if (watchers.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/**
 * The locale of one element: its `locale` attribute, else the clinic context, else the
 * nearest `lang`, else English; resolved once per update, before it. It watches `lang`,
 * loads the strings (and per-locale packs) the element uses before rendering in a locale,
 * owns the `Intl` formatters, and sets `lang` and `dir` on the rendered root.
 */
export class LocaleController implements ReactiveController {
  /** The locale of the current (or coming) update. */
  locale: Locale = 'en';

  private readonly host: ReactiveElement;
  private readonly sources: LocaleSources;
  /** Each catalogue the element renders, with when it renders it (default: always). */
  private readonly catalogues = new Map<Catalogue<unknown>, (() => boolean) | undefined>();
  private readonly changeListeners: ((locale: Locale) => void)[] = [];
  private unwatch?: () => void;

  constructor(host: ReactiveElement, sources: LocaleSources) {
    this.host = host;
    this.sources = sources;
    host.addController(this);
  }

  /**
   * Registers strings the element renders and returns their accessor for the current locale.
   * Use it in a field initialiser: `private readonly t = this.l10n.use(bannerStrings);`.
   * With `when`, they load only for an update in which it is true (an optional part).
   */
  use<S>(strings: Catalogue<S>, when?: () => boolean): () => S {
    this.catalogues.set(strings as Catalogue<unknown>, when);
    return () => this.read(strings);
  }

  /** The value of a per-locale pack or catalogue in the current locale, once loaded. */
  read<S>(strings: Catalogue<S>): S {
    const value = strings[this.locale].now() ?? strings.en.now();
    if (value === undefined) {
      throw new Error(
        isServer
          ? `no ${this.locale} strings for <${this.host.localName}>: import 'clinic-widgets/packs.js' before rendering on a server.`
          : `the ${this.locale} strings of <${this.host.localName}> are not loaded.`,
      );
    }
    return value;
  }

  /** Called with the new locale when it changes (a content controller reloads its pack). */
  onChange(listener: (locale: Locale) => void): void {
    this.changeListeners.push(listener);
  }

  /**
   * Resolves the locale for the coming update. Returns a promise when that locale's strings
   * must load first: the element waits for it rather than render an empty frame.
   */
  prepare(): Promise<unknown> | undefined {
    const locale = this.resolve();
    if (locale !== this.locale) {
      this.locale = locale;
      for (const listener of this.changeListeners) listener(locale);
    }
    const missing = [...this.catalogues]
      .filter(([c, when]) => c[locale].now() === undefined && (!when || when()))
      .map(([c]) => c);
    if (missing.length === 0 || isServer) return undefined;
    return Promise.all(
      missing.map((c) =>
        c[locale]().catch((error: unknown) => {
          // The network failed: read the English strings rather than nothing.
          this.sources.error(`could not load the ${locale} strings (${String(error)}).`);
          return locale === 'en' ? undefined : c.en();
        }),
      ),
    );
  }

  hostConnected(): void {
    if (!isServer) this.unwatch ??= watchLang(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Marks each top-level rendered node with the locale it speaks (WCAG 3.1.2). */
  hostUpdated(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const locale = this.locale;
    for (const el of root.children) {
      if (el.localName === 'style') continue;
      if (el.getAttribute('lang') !== locale) el.setAttribute('lang', locale);
      if (el.getAttribute('dir') !== DIRECTION[locale]) el.setAttribute('dir', DIRECTION[locale]);
    }
  }

  /** The writing direction of the current locale, for `dir` beside `lang`. */
  get dir(): 'ltr' | 'rtl' {
    return DIRECTION[this.locale];
  }

  private resolve(): Locale {
    const own = this.sources.own();
    if (own) {
      const parsed = parseLocaleTag(own).locale;
      if (parsed) return parsed;
      this.sources.error(`locale "${own}" is not supported; use "en" or "fr".`);
    }
    return this.sources.context() ?? parseLocaleTag(this.sources.pageLang()).locale ?? 'en';
  }
}
