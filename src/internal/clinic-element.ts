import { LitElement, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  clinicContext,
  type ClinicContextValue,
  type Locale,
  type Region,
} from '../context/clinic-context.js';
import { asRegion, nearestLang, parseLocaleTag } from '../context/locale.js';
import { VERSION } from '../version.js';

/** Writing direction per locale, for the `dir` beside each rendered root's `lang`. */
const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', fr: 'ltr' };

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
  declare locale?: string;
  /** `CA`, `US`, `GB`, `IE`, `AU` or `EU`; overrides the clinic context. */
  declare region?: string;

  /** The nearest `<clinic-context>`'s values, if any. */
  declare protected clinic?: ClinicContextValue;

  private readonly reported = new Set<string>();
  private readonly pendingWork = new Set<Promise<unknown>>();

  constructor() {
    super();
    new ContextConsumer(this, {
      context: clinicContext,
      subscribe: true,
      callback: (value) => {
        this.clinic = value;
      },
    });
  }

  /** Moved into another document (an iframe's): the styles follow it there. */
  adoptedCallback(): void {
    // Loaded only when it happens, which is rare; `updateComplete` waits for it.
    this.trackWork(import('./document-styles.js').then((m) => m.followDocumentStyles(this)));
  }

  /** Content still being resolved (a lazily loaded schema or pack); `updateComplete` waits for it. */
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

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The rendered root speaks its own locale: a French widget on an English page is read
    // with a French voice (WCAG 3.1.2). Slotted author content keeps the page's language.
    const locale = this.resolvedLocale;
    for (const root of this.renderRoot.children) {
      if (root.localName === 'style') continue;
      if (root.getAttribute('lang') !== locale) root.setAttribute('lang', locale);
      if (root.getAttribute('dir') !== DIRECTION[locale])
        root.setAttribute('dir', DIRECTION[locale]);
    }
  }

  /** Attribute, else clinic context, else the nearest `lang`, else English. */
  get resolvedLocale(): Locale {
    if (this.locale) {
      const own = parseLocaleTag(this.locale).locale;
      if (own) return own;
      this.authorError(`locale "${this.locale}" is not supported; use "en" or "fr".`);
    }
    return this.clinic?.locale ?? parseLocaleTag(nearestLang(this)).locale ?? 'en';
  }

  /** Attribute, else clinic context, else the region subtag of the locale, else unknown. */
  get resolvedRegion(): Region | undefined {
    if (this.region) {
      const own = asRegion(this.region);
      if (own) return own;
      this.authorError(`region "${this.region}" is not known; use CA, US, GB, IE, AU or EU.`);
    }
    return (
      this.clinic?.region ??
      parseLocaleTag(this.locale).region ??
      (this.clinic ? undefined : parseLocaleTag(nearestLang(this)).region)
    );
  }

  /** Tells the page's author, once per message, what is wrong; the reader sees nothing. */
  protected authorError(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console.error(`<${this.localName}>: ${message}`);
  }
}
