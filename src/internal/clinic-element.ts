import { LitElement, isServer, type PropertyValues, type ReactiveController } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  clinicContext,
  type ClinicContextValue,
  type CrisisRegion,
  type Locale,
  type Region,
} from '../context/clinic-context.js';
import {
  crisisRegionOf,
  nearestLang,
  parseLocaleTag,
  unknownRegionMessage,
} from '../context/locale.js';
import { commonStrings } from '../i18n/common/index.js';
import { VERSION } from '../version.js';
import { contentNotice } from './content-notice.js';
import { LocaleController } from './locale-controller.js';

/**
 * What one widget's first render reads (its strings, the built-in pack it shows), which the
 * CMS loader loads before it defines the element, in the locale the widget will most likely
 * resolve, so that render has it. Each element's module exports one as `preload`, beside its
 * class; not part of the npm API (an app's bundler drops it).
 */
export type Preload = (el: Element, locale: Locale) => Promise<unknown>[];

/** What every `preload` starts with: the strings every element reads. */
export const commonPreload = (locale: Locale): Promise<unknown>[] => [commonStrings[locale]()];

/**
 * What every clinic-widgets element shares: the clinic context (subscribed, so a provider
 * that upgrades later or changes live still reaches it), the `locale` and `region`
 * attributes that override it, and author errors reported once. Events go through emit().
 */
export class ClinicElement extends LitElement {
  /** Compared by the registration guard when two copies of the library meet. */
  static version = VERSION;

  static override properties = {
    locale: {},
    region: {},
    clinic: { state: true, attribute: false },
  };

  /** `en` or `fr` (a tag such as `fr-CA` is read as `fr`); overrides the clinic context. */
  declare locale?: Locale;
  /** `CA`, `US`, `GB` (or `UK`), `IE`, `AU`, `NZ`, `FR` or `EU`; overrides the clinic context. Any other region gets the international lines. */
  declare region?: Region | 'UK';

  /** The nearest `<clinic-context>`'s values, if any. */
  declare protected clinic?: ClinicContextValue;

  private readonly reported = new Set<string>();
  private readonly pendingWork = new Set<Promise<unknown>>();
  private readonly controllers: ReactiveController[] = [];

  /**
   * The element's locale, its strings and its formatters: read `this.l10n.locale`, register
   * strings with `this.l10n.use(catalogue)`.
   */
  protected readonly l10n = new LocaleController(this, {
    own: () => this.locale,
    context: () => this.clinic?.locale,
    pageLang: () => this.pageLang,
    error: (message) => this.authorError(message),
  });

  /** The strings every element shares. */
  protected readonly common = this.l10n.use(commonStrings);

  /**
   * True from the upgrade of server-rendered HTML (a declarative shadow root is already
   * there) until its first update: that update must produce what the server produced, so it
   * reads no more of the page than the server could (no `lang` walk, no heading search).
   */
  protected hydrating = !isServer && !!this.shadowRoot;

  constructor() {
    super();
    const consumer = new ContextConsumer(this, {
      context: clinicContext,
      subscribe: true,
      callback: (value) => {
        this.clinic = value;
      },
    });
    if (isServer) {
      // @lit-labs/ssr calls willUpdate, never connectedCallback or the controllers' hostUpdate:
      // ask for the clinic context first and let the content controllers resolve after.
      const { willUpdate, addController } = this;
      this.addController = (controller: ReactiveController) => {
        addController.call(this, controller);
        this.controllers.push(controller);
      };
      this.willUpdate = (changed: PropertyValues) => {
        consumer.hostConnected();
        void this.l10n.prepare();
        willUpdate.call(this, changed);
        for (const controller of this.controllers) controller.hostUpdate?.();
      };
    } else {
      // Once hydrated, render again with what only the page can tell (its lang, its headings).
      this.addController({
        hostUpdated: () => {
          if (!this.hydrating) return;
          this.hydrating = false;
          this.requestUpdate();
        },
      });
    }
  }

  /**
   * Work the first update of server-rendered HTML must wait for (a lazily loaded pack), so it
   * hydrates the same content the server rendered. Elements with built-in packs override it.
   */
  protected beforeHydration(): Promise<unknown> | undefined {
    return undefined;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // The locale is resolved once per update, here; its strings load before it renders.
    const strings = this.l10n.prepare();
    const hydration = this.hydrating ? this.beforeHydration() : undefined;
    const work = strings && hydration ? Promise.all([strings, hydration]) : (strings ?? hydration);
    return work ? work.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The short neutral line a reader sees where the element's content could not be used. */
  protected contentNotice() {
    return contentNotice(this.common().contentError, this.l10n.locale, this.l10n.dir);
  }

  /**
   * Whether this first update renders what the server rendered. The server sees no children
   * (a JSON child, pasted markup) and fetches no `src`: an element given those says no, and
   * its server HTML is replaced by a fresh render instead of being hydrated.
   */
  protected matchesServerRender(): boolean {
    return true;
  }

  protected override update(changed: PropertyValues): void {
    // Nothing to hydrate when the server rendered no content (a pack it could not load).
    const root = this.renderRoot as ShadowRoot;
    if (this.hydrating && !(this.matchesServerRender() && root.querySelector(':not(style)'))) {
      // Keep the server's <style>, which Lit does not adopt again for a hydrated root, and
      // clear @lit-labs/ssr-client's flag: render into the emptied root rather than hydrate it.
      root.replaceChildren(...root.querySelectorAll('style'));
      (this as { _$needsHydration?: boolean })._$needsHydration = false;
    }
    // The rendered root then speaks its own locale (LocaleController.hostUpdated): a French
    // widget on an English page is read with a French voice (WCAG 3.1.2). Slotted author
    // content keeps the page's language.
    super.update(changed);
  }

  /** The page's `lang` around the element; unknown on the server and while hydrating. */
  protected get pageLang(): string | undefined {
    return this.hydrating ? undefined : nearestLang(this);
  }

  /** Moved into another document (an iframe's): the styles follow it there. */
  adoptedCallback(): void {
    // Loaded only when it happens, which is rare; `updateComplete` waits for it.
    this.trackWork(import('./document-styles.js').then((m) => m.followDocumentStyles(this)));
  }

  /**
   * Content still being resolved (a lazily loaded schema or pack); `updateComplete` waits for it.
   * @internal
   */
  trackWork(work: Promise<unknown>): void {
    this.pendingWork.add(work);
    void work.finally(() => this.pendingWork.delete(work));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingWork.size > 0) {
      await Promise.allSettled([...this.pendingWork]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Attribute, else clinic context, else the nearest `lang`, else English: resolved by the
   * locale controller once per update.
   * @internal
   */
  get resolvedLocale(): Locale {
    return this.l10n.locale;
  }

  /**
   * Attribute, else clinic context, else the region subtag of the locale (its own, or with
   * no context the nearest `lang`), else none. A region given but unknown is `international`.
   * @internal
   */
  get resolvedRegion(): CrisisRegion | undefined {
    if (this.region?.trim()) return this.checkedRegion(this.region, `region "${this.region}"`);
    if (this.clinic?.region) return this.clinic.region;
    const own = parseLocaleTag(this.locale).regionTag;
    if (own) return this.checkedRegion(own, `the region "${own}" of locale "${this.locale}"`);
    if (this.clinic) return undefined;
    const lang = this.pageLang;
    const subtag = parseLocaleTag(lang).regionTag;
    return subtag
      ? this.checkedRegion(subtag, `the region "${subtag}" of lang "${lang}"`)
      : undefined;
  }

  private checkedRegion(value: string, what: string): CrisisRegion | undefined {
    const region = crisisRegionOf(value);
    // `international` asks for the fallback on purpose (the questionnaire passes it on).
    if (region === 'international' && value.trim().toLowerCase() !== region) {
      this.authorError(unknownRegionMessage(what));
    }
    return region;
  }

  /** Tells the page's author, once per message, what is wrong; the reader sees nothing. */
  protected authorError(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console.error(`<${this.localName}>: ${message}`);
  }
}
