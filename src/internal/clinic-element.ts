import { LitElement, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  clinicContext,
  type ClinicContextValue,
  type CrisisRegion,
  type Locale,
} from '../context/clinic-context.js';
import {
  crisisRegionOf,
  nearestLang,
  parseLocaleTag,
  unknownRegionMessage,
} from '../context/locale.js';
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
  /** `CA`, `US`, `GB` (or `UK`), `IE`, `AU`, `NZ`, `FR` or `EU`; overrides the clinic context. Any other region gets the international lines. */
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

  /**
   * Attribute, else clinic context, else the region subtag of the locale (its own, or with
   * no context the nearest `lang`), else none. A region given but unknown is `international`.
   */
  get resolvedRegion(): CrisisRegion | undefined {
    if (this.region?.trim()) return this.checkedRegion(this.region, `region "${this.region}"`);
    if (this.clinic?.region) return this.clinic.region;
    const own = parseLocaleTag(this.locale).regionTag;
    if (own) return this.checkedRegion(own, `the region "${own}" of locale "${this.locale}"`);
    if (this.clinic) return undefined;
    const lang = nearestLang(this);
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
