import { LitElement, ReactiveElement, css, html, isServer, type PropertyValues } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import {
  clinicContext,
  type ClinicContextValue,
  type Locale,
  type Region,
} from '../../context/clinic-context.js';
import {
  crisisRegionOf,
  nearestLang,
  parseLocaleTag,
  unknownRegionMessage,
} from '../../context/locale.js';
import { checkUrl, phoneProblem } from '../../internal/safe-url.js';
import { VERSION } from '../../version.js';

// ReactiveElement's own update (reflect attributes, mark updated), without LitElement's render.
const reactiveUpdate = (
  ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }
).update;

const laidOut = new WeakSet<Document>();

/**
 * `display: contents` for every context of a document, as its shadow root's `:host` style
 * gives it where it has one: widgets and text inside lay out as the page's own (flex and grid
 * items included). Zero specificity, so a page's own rule wins. Constructed, so no CSP stops it.
 */
function layOutAsContents(doc: Document): void {
  if (laidOut.has(doc) || !('adoptedStyleSheets' in doc)) return;
  laidOut.add(doc);
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(':where(clinic-context) { display: contents; }');
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // A document that takes no constructed sheet keeps clinic-widgets.css's rule.
  }
}

/** What an intake link may be: a web page (of this site or another), `tel:` or `mailto:`. */
export const INTAKE_LINK = { relative: true, mailAndPhone: true } as const;

/**
 * @tagname clinic-context
 * @summary Gives every clinic widget inside it the clinic's locale, region, name, phone
 * and intake link. Nest one inside another to override a few values: the nearest wins,
 * and what it leaves out comes from the outer one.
 *
 * @slot - The page content and widgets that use these values.
 */
export class ClinicContext extends LitElement {
  static version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    locale: {},
    region: {},
    clinicName: { attribute: 'clinic-name' },
    intakeUrl: { attribute: 'intake-url' },
    phone: {},
    parentValue: { state: true, attribute: false },
  };

  /** `en` or `fr` (or a tag such as `fr-CA`); default: the nearest `lang` attribute, else `en`. */
  declare locale?: Locale;
  /** `CA`, `US`, `GB` (or `UK`), `IE`, `AU`, `NZ`, `FR` or `EU`; default: the region subtag of the locale. Any other region gets the international lines. */
  declare region?: Region | 'UK';
  /** The clinic's name, as readers know it. */
  declare clinicName?: string;
  /** Where a reader books the intake call: a web address, a page of this site, `tel:` or `mailto:`. */
  declare intakeUrl?: string;
  /** The clinic's phone number, as it should be shown: digits, spaces, hyphens, dots, brackets, a leading `+`. */
  declare phone?: string;

  declare private parentValue?: ClinicContextValue;
  private readonly provider = new ContextProvider(this, {
    context: clinicContext,
    initialValue: { locale: 'en' },
  });

  /** Server-rendered and not yet hydrated: provide what the server could know (no `lang` walk). */
  private hydrating = !isServer && !!this.shadowRoot;
  private readonly parent: ContextConsumer<typeof clinicContext, this>;

  constructor() {
    super();
    // The provider ignores its own host's request, so this reaches an outer provider.
    this.parent = new ContextConsumer(this, {
      context: clinicContext,
      subscribe: true,
      callback: (value) => {
        this.parentValue = value;
      },
    });
  }

  /** The values widgets inside receive. */
  get value(): ClinicContextValue {
    return this.provider.value;
  }

  protected override willUpdate(): void {
    if (isServer) {
      // @lit-labs/ssr never connects the element: ask the outer provider here. It routes a
      // slotted widget's context request through this shadow root, which it does not attach.
      this.parent.hostConnected();
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    }
    const parent = this.parentValue;
    const own = parseLocaleTag(this.locale);
    if (this.locale && !own.locale) {
      console.error(
        `<clinic-context>: locale "${this.locale}" is not supported; use "en" or "fr".`,
      );
    }
    const fromLang = parent || this.hydrating ? {} : parseLocaleTag(nearestLang(this));
    const intake = this.intakeUrl === undefined ? undefined : checkUrl(this.intakeUrl, INTAKE_LINK);
    if (intake && !intake.ok) {
      console.error(
        `<clinic-context>: intake-url "${this.intakeUrl}" ${intake.problem}; widgets show no intake link.`,
      );
    }
    const phoneIssue = this.phone === undefined ? undefined : phoneProblem(this.phone);
    if (phoneIssue) {
      console.error(
        `<clinic-context>: phone "${this.phone}" ${phoneIssue}; widgets do not show it.`,
      );
    }
    const [regionTag, what] = this.region?.trim()
      ? [this.region, `region "${this.region}"`]
      : own.regionTag
        ? [own.regionTag, `the region "${own.regionTag}" of locale "${this.locale}"`]
        : [fromLang.regionTag, `the region "${fromLang.regionTag}" of the page's lang`];
    const region = crisisRegionOf(regionTag);
    if (region === 'international')
      console.error(`<clinic-context>: ${unknownRegionMessage(what)}`);
    this.provider.setValue({
      locale: own.locale ?? parent?.locale ?? fromLang.locale ?? 'en',
      region: this.region?.trim() || own.regionTag ? region : (parent?.region ?? region),
      clinicName: this.clinicName ?? parent?.clinicName,
      // An unsafe own value is dropped, not replaced by the outer context's: the author meant another.
      intakeUrl: intake ? (intake.ok ? intake.href : undefined) : parent?.intakeUrl,
      phone: this.phone === undefined ? parent?.phone : phoneIssue ? undefined : this.phone,
    });
  }

  protected override updated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    this.requestUpdate();
  }

  /**
   * In a browser, no shadow root of its own (it draws nothing): attaching one to an element
   * that holds the page's content rebuilds the layout of everything inside, so the page's
   * text is laid out and painted again when the script arrives. Its largest paragraph is then
   * reported again as the page's largest paint (Lighthouse's LCP moved from 1.2 to 2.0 s),
   * and whatever moved is invisible to layout-shift measurement. A server-rendered context
   * keeps the root it came with, which its widgets hydrate through.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || this.shadowRoot) return super.createRenderRoot();
    layOutAsContents(this.ownerDocument);
    return this;
  }

  protected override update(changed: PropertyValues): void {
    // Without a shadow root there is nothing to render into: only the properties update.
    if (this.renderRoot === this) reactiveUpdate.call(this, changed);
    else super.update(changed);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
