/**
 * The playground: pick an element, set every attribute its manifest lists, the clinic
 * context and the theme, edit its JSON content, watch the live preview and copy the snippet.
 * `mountPlayground()` renders it into any element, so tests mount it in their own page.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContentIssue } from '../src/content/issues.js';
import { asLocale, crisisRegionOf } from '../src/context/locale.js';
import { exampleContent } from './content-examples.js';
import { readWidgets, type AttributeSpec, type ElementSpec, type Manifest } from './manifest.js';
import {
  playgroundParams,
  readPlayground,
  VIEWPORTS,
  type PlaygroundState,
  type Viewport,
} from './playground-state.js';
import { buildSnippet, buildThemeCss, filesIn, type SnippetSettings } from './snippet.js';
import { langFor, type HostTheme } from './state.js';
import {
  cleanTokens,
  contrast,
  FONT_CHOICES,
  RADIUS_RANGE,
  SPACING_RANGE,
  surfaceFor,
  themeProperties,
  TOKEN_DEFAULTS,
} from './theme.js';
import { copyText, docText, pageNav, regionOptions } from './ui.js';

export interface PlaygroundOptions {
  manifest: Manifest;
  /** The starting settings as a query string; default: the page URL's. */
  search?: string;
  /** Keep the page URL in step with the settings (off when a test mounts the playground). */
  syncUrl?: boolean;
}

type LitLike = HTMLElement & { updateComplete?: Promise<unknown> };

/** A text attribute documented as `YYYY-MM-DD` gets a date field. */
function isDate(spec: AttributeSpec): boolean {
  return spec.kind === 'text' && /YYYY-MM-DD/.test(spec.description);
}

export class Playground {
  readonly widgets: ElementSpec[];
  state: PlaygroundState;
  /** Problems the previewed element reported for the current JSON content. */
  issues: ContentIssue[] = [];
  /** The previewed element has finished rendering the current content. */
  contentChecked = false;
  copyStatus = '';

  private readonly root: HTMLElement;
  private readonly syncUrl: boolean;
  private previewElement?: LitLike;
  private previewKey = '';
  private overdueObserver?: MutationObserver;

  constructor(root: HTMLElement, options: PlaygroundOptions) {
    this.root = root;
    this.widgets = readWidgets(options.manifest);
    this.syncUrl = options.syncUrl ?? false;
    this.state = readPlayground(options.search ?? location.search, this.widgets);
    this.draw();
  }

  /** The element in the preview. */
  get preview(): HTMLElement | undefined {
    return this.previewElement;
  }

  get spec(): ElementSpec | undefined {
    return this.widgets.find((w) => w.tag === this.state.tag);
  }

  /** What the snippet panel shows, from the current settings. */
  get settings(): SnippetSettings {
    const spec = this.spec;
    return {
      tag: this.state.tag,
      attributes: (spec?.attributes ?? [])
        .filter((a) => this.state.attributes[a.name] !== undefined)
        .map((a) => [a.name, this.state.attributes[a.name]!]),
      context: {
        locale: this.state.locale,
        region: this.state.region,
        clinicName: this.state.clinicName,
        intakeUrl: this.state.intakeUrl,
        phone: this.state.phone,
      },
      content: spec?.takesJson ? this.state.content : undefined,
    };
  }

  get snippet(): string {
    return this.state.tag ? buildSnippet(this.settings, filesIn(this.state.folder)) : '';
  }

  get themeCss(): string {
    return buildThemeCss(this.state.theme, this.state.tokens);
  }

  /** Changes some settings and redraws everything that depends on them. */
  set(change: Partial<PlaygroundState>): void {
    this.state = { ...this.state, ...change };
    if (this.syncUrl)
      history.replaceState(null, '', `?${playgroundParams(this.state)}${location.hash}`);
    this.draw();
  }

  private setAttribute(name: string, value: string | boolean): void {
    const attributes = { ...this.state.attributes };
    if (value === false || value === '') delete attributes[name];
    else attributes[name] = value;
    this.set({ attributes });
  }

  private setTokens(change: {
    accent?: string;
    font?: string;
    radius?: string;
    spacing?: string;
  }): void {
    this.set({ tokens: cleanTokens({ ...this.state.tokens, ...change }) });
  }

  /** A new element for a new tag or new content: a fresh one reports every content problem. */
  private syncPreview(): void {
    const { tag, content } = this.state;
    const spec = this.spec;
    if (!spec) return;
    const json = spec.takesJson ? content.trim() : '';
    const key = `${tag}\n${json}`;
    if (!this.previewElement || key !== this.previewKey) {
      this.previewKey = key;
      this.overdueObserver?.disconnect();
      const element = document.createElement(tag) as LitLike;
      this.issues = [];
      this.contentChecked = false;
      element.addEventListener('content-error', (event) => {
        if (element !== this.previewElement) return;
        this.issues = event.detail.issues;
        this.draw();
      });
      if (json) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        element.append(script);
      }
      this.overdueObserver = new MutationObserver(() => this.draw());
      this.overdueObserver.observe(element, {
        attributes: true,
        attributeFilter: ['review-overdue'],
      });
      this.previewElement = element;
      void Promise.resolve(element.updateComplete).then(() => {
        if (element !== this.previewElement) return;
        this.contentChecked = true;
        this.draw();
      });
    }
    const element = this.previewElement;
    for (const attribute of spec.attributes) {
      const value = this.state.attributes[attribute.name];
      if (value === true) element.setAttribute(attribute.name, '');
      else if (typeof value === 'string' && value.trim() !== '')
        element.setAttribute(attribute.name, value.trim());
      else element.removeAttribute(attribute.name);
    }
  }

  draw(): void {
    this.syncPreview();
    render(this.template(), this.root);
    // Theme and viewport through the CSSOM: no style attributes in markup (strict CSP).
    const frame = this.root.querySelector<HTMLElement>('.preview-frame');
    const host = this.root.querySelector<HTMLElement>('.preview-host');
    if (frame && host) {
      frame.style.setProperty(
        '--preview-width',
        VIEWPORTS.find((v) => v.id === this.state.viewport)!.width,
      );
      for (const name of Array.from(host.style)) host.style.removeProperty(name);
      for (const [name, value] of themeProperties(this.state.theme, this.state.tokens)) {
        host.style.setProperty(name, value);
      }
    }
  }

  private template(): TemplateResult {
    const spec = this.spec;
    return html`<a class="skip-link" href="#main">Skip to the playground</a>
      <header class="demo-header">
        <h1>clinic-widgets <span class="demo-sub">playground</span></h1>
        ${pageNav('playground', `?locale=${this.state.locale}${this.state.tag ? `&element=${this.state.tag}` : ''}`)}
      </header>
      <main id="main" tabindex="-1" class="playground">
        <div class="pg-settings">
          ${this.renderElementChoice(spec)} ${spec ? this.renderAttributes(spec) : nothing}
          ${this.renderContext()} ${this.renderTheme()}
        </div>
        <div class="pg-output">
          ${this.renderPreview(spec)} ${spec ? this.renderContent(spec) : nothing}
          ${this.renderSnippet()}
        </div>
      </main>`;
  }

  private renderElementChoice(spec: ElementSpec | undefined): TemplateResult {
    return html`<section class="panel" aria-labelledby="pg-element-h">
      <h2 id="pg-element-h">Element</h2>
      <div class="field">
        <label for="pg-element">Widget</label>
        <select
          id="pg-element"
          aria-describedby="pg-element-summary"
          @change=${(e: Event) =>
            this.set({ tag: (e.target as HTMLSelectElement).value, attributes: {}, content: '' })}
        >
          ${this.widgets.map(
            (w) =>
              html`<option value=${w.tag} ?selected=${w.tag === this.state.tag}>
                &lt;${w.tag}&gt;
              </option>`,
          )}
        </select>
        <p class="hint" id="pg-element-summary">
          ${spec ? docText(spec.summary) : 'No element found in custom-elements.json.'}
        </p>
      </div>
    </section>`;
  }

  private renderAttributes(spec: ElementSpec): TemplateResult {
    return html`<section class="panel" aria-labelledby="pg-attributes-h">
      <h2 id="pg-attributes-h">Attributes</h2>
      ${
        spec.attributes.length
          ? spec.attributes.map((a) => this.renderAttribute(a))
          : html`<p>&lt;${spec.tag}&gt; has no attributes.</p>`
      }
    </section>`;
  }

  private renderAttribute(spec: AttributeSpec): TemplateResult {
    const id = `pg-attr-${spec.name}`;
    const hintId = spec.description ? `${id}-hint` : undefined;
    const hint = spec.description
      ? html`<p class="hint" id=${hintId!}>${docText(spec.description)}</p>`
      : nothing;
    const value = this.state.attributes[spec.name];
    const text = typeof value === 'string' ? value : '';
    const name = html`<code>${spec.name}</code>`;
    const onInput = (e: Event) =>
      this.setAttribute(spec.name, (e.target as HTMLInputElement).value);
    switch (spec.kind) {
      case 'boolean':
        return html`<div class="field check">
          <input
            type="checkbox"
            id=${id}
            aria-describedby=${ifDefined(hintId)}
            .checked=${live(value === true)}
            @change=${(e: Event) => this.setAttribute(spec.name, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${name}</label>
          ${hint}
        </div>`;
      case 'enum':
        return html`<div class="field">
          <label for=${id}>${name}</label>
          <select id=${id} aria-describedby=${ifDefined(hintId)} @change=${onInput}>
            <option value="" ?selected=${!text}>
              Not set${spec.defaultValue ? ` (${spec.defaultValue})` : ''}
            </option>
            ${spec.options.map((o) => html`<option value=${o} ?selected=${text === o}>${o}</option>`)}
          </select>
          ${hint}
        </div>`;
      default: {
        const type = spec.kind === 'number' ? 'number' : isDate(spec) ? 'date' : 'text';
        return html`<div class="field">
          <label for=${id}>${name}</label>
          <input
            type=${type}
            id=${id}
            aria-describedby=${ifDefined(hintId)}
            placeholder=${ifDefined(spec.defaultValue)}
            .value=${live(text)}
            @input=${onInput}
          />
          ${hint}
        </div>`;
      }
    }
  }

  private renderContext(): TemplateResult {
    const s = this.state;
    const text = (
      id: string,
      label: string,
      value: string,
      key: 'clinicName' | 'intakeUrl' | 'phone',
      hint: string,
    ) =>
      html`<div class="field">
        <label for=${id}>${label} <code>${id.replace('pg-', '')}</code></label>
        <input
          type="text"
          id=${id}
          aria-describedby="${id}-hint"
          .value=${live(value)}
          @input=${(e: Event) => this.set({ [key]: (e.target as HTMLInputElement).value })}
        />
        <p class="hint" id="${id}-hint">${hint}</p>
      </div>`;
    return html`<section class="panel" aria-labelledby="pg-context-h">
      <h2 id="pg-context-h">Clinic context</h2>
      <p class="hint">
        The <code>&lt;clinic-context&gt;</code> around the widget gives it these values.
      </p>
      <div class="field">
        <label for="pg-locale">Language <code>locale</code></label>
        <select
          id="pg-locale"
          @change=${(e: Event) => this.set({ locale: asLocale((e.target as HTMLSelectElement).value) ?? 'en' })}
        >
          <option value="en" ?selected=${s.locale === 'en'}>English</option>
          <option value="fr" ?selected=${s.locale === 'fr'}>Français</option>
        </select>
      </div>
      <div class="field">
        <label for="pg-region">Region <code>region</code></label>
        <select
          id="pg-region"
          @change=${(e: Event) => this.set({ region: crisisRegionOf((e.target as HTMLSelectElement).value) })}
        >
          ${regionOptions(s.region)}
        </select>
      </div>
      ${text('pg-clinic-name', 'Clinic name', s.clinicName, 'clinicName', 'As readers know it.')}
      ${text('pg-intake-url', 'Intake link', s.intakeUrl, 'intakeUrl', 'Where a reader books the intake call.')}
      ${text('pg-phone', 'Phone', s.phone, 'phone', 'The clinic’s number, as it should be shown.')}
    </section>`;
  }

  private renderTheme(): TemplateResult {
    const t = this.state.tokens;
    const accent = t.accent ?? TOKEN_DEFAULTS.accent;
    const ratio = contrast(accent, surfaceFor(this.state.theme));
    const enough = ratio >= 4.5;
    return html`<section class="panel" aria-labelledby="pg-theme-h">
      <h2 id="pg-theme-h">Theme</h2>
      <p class="hint">
        Set on the preview as <code>--cw-*</code> custom properties; the snippet panel gives the
        CSS.
      </p>
      <fieldset class="choice">
        <legend>Host page</legend>
        ${(['light', 'dark'] as HostTheme[]).map(
          (theme) =>
            html`<label
              ><input
                type="radio"
                name="pg-host"
                value=${theme}
                .checked=${live(this.state.theme === theme)}
                @change=${() => this.set({ theme })}
              />
              ${theme === 'light' ? 'Light' : 'Dark'}</label
            >`,
        )}
      </fieldset>
      <div class="field">
        <label for="pg-accent">Accent colour <code>--cw-accent</code></label>
        <span class="inline">
          <input
            type="color"
            id="pg-accent"
            aria-describedby="pg-accent-hint"
            .value=${live(accent)}
            @input=${(e: Event) => this.setTokens({ accent: (e.target as HTMLInputElement).value })}
          />
          <code>${accent}</code>
          <button
            type="button"
            ?disabled=${!t.accent}
            @click=${() => this.setTokens({ accent: TOKEN_DEFAULTS.accent })}
          >
            Reset
          </button>
        </span>
        <p class="hint ${enough ? '' : 'hint-problem'}" id="pg-accent-hint">
          Contrast on the widget's surface: ${ratio.toFixed(1)}:1,
          ${enough ? 'enough for links and text (4.5:1).' : 'too low for links and text: WCAG AA needs 4.5:1.'}
        </p>
      </div>
      <div class="field">
        <label for="pg-font">Font <code>--cw-font</code></label>
        <select
          id="pg-font"
          @change=${(e: Event) => this.setTokens({ font: (e.target as HTMLSelectElement).value })}
        >
          ${FONT_CHOICES.map(
            (f) =>
              html`<option
                value=${f.value}
                ?selected=${(t.font ?? TOKEN_DEFAULTS.font) === f.value}
              >
                ${f.label}
              </option>`,
          )}
        </select>
      </div>
      ${this.renderLength('pg-radius', 'Corner radius', '--cw-radius', 'radius', t.radius ?? TOKEN_DEFAULTS.radius, RADIUS_RANGE)}
      ${this.renderLength('pg-spacing', 'Spacing', '--cw-spacing', 'spacing', t.spacing ?? TOKEN_DEFAULTS.spacing, SPACING_RANGE)}
    </section>`;
  }

  private renderLength(
    id: string,
    label: string,
    property: string,
    key: 'radius' | 'spacing',
    value: number,
    range: { min: number; max: number; step: number },
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}, rem <code>${property}</code></label>
      <input
        type="number"
        id=${id}
        min=${range.min}
        max=${range.max}
        step=${range.step}
        .value=${live(String(value))}
        @input=${(e: Event) => this.setTokens({ [key]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private renderPreview(spec: ElementSpec | undefined): TemplateResult {
    const s = this.state;
    const overdue = this.previewElement?.hasAttribute('review-overdue') ?? false;
    return html`<section class="panel" aria-labelledby="pg-preview-h">
      <h2 id="pg-preview-h">Preview</h2>
      <fieldset class="choice">
        <legend>Viewport</legend>
        ${VIEWPORTS.map(
          (v) =>
            html`<label
              ><input
                type="radio"
                name="pg-viewport"
                value=${v.id}
                .checked=${live(s.viewport === v.id)}
                @change=${() => this.set({ viewport: v.id as Viewport })}
              />
              ${v.label}</label
            >`,
        )}
      </fieldset>
      <div class="flags" role="status">
        ${
          overdue
            ? html`<p class="flag flag-warning">
                <strong>Review overdue.</strong> <code>reviewed-on</code> is older than
                <code>review-interval</code> days, so the element has the
                <code>review-overdue</code> attribute and warns in the console. Review the content
                and update <code>reviewed-on</code>.
              </p>`
            : nothing
        }
        ${
          this.issues.length
            ? html`<p class="flag flag-error">
                <strong>Content error.</strong> The JSON content was not used:
                ${this.issues.length === 1 ? '1 problem' : `${this.issues.length} problems`}, listed
                under Content.
              </p>`
            : nothing
        }
      </div>
      <div class="preview-frame" data-theme=${s.theme} data-viewport=${s.viewport}>
        <div class="preview-host" lang=${langFor(s.locale)}>
          ${
            spec
              ? html`<clinic-context
                  locale=${s.locale}
                  region=${ifDefined(s.region)}
                  clinic-name=${ifDefined(s.clinicName || undefined)}
                  intake-url=${ifDefined(s.intakeUrl || undefined)}
                  phone=${ifDefined(s.phone || undefined)}
                  >${this.previewElement}</clinic-context
                >`
              : nothing
          }
        </div>
      </div>
    </section>`;
  }

  private renderContent(spec: ElementSpec): TemplateResult {
    if (!spec.takesJson) {
      return html`<section class="panel" aria-labelledby="pg-content-h">
        <h2 id="pg-content-h">Content</h2>
        <p>
          &lt;${spec.tag}&gt; takes no JSON content: its text comes from its attributes and the
          built-in notices.
        </p>
      </section>`;
    }
    const example = exampleContent(spec.tag, this.state.locale, this.state.region);
    const content = this.state.content;
    return html`<section class="panel" aria-labelledby="pg-content-h">
      <h2 id="pg-content-h">Content (JSON)</h2>
      <p class="hint" id="pg-content-hint">
        Becomes a <code>&lt;script type="application/json"&gt;</code> child of the element. Leave it
        empty to use the built-in content. The preview checks it as you type.
      </p>
      <label for="pg-content">JSON content of <code>&lt;${spec.tag}&gt;</code></label>
      <textarea
        id="pg-content"
        rows="12"
        spellcheck="false"
        autocapitalize="off"
        aria-describedby="pg-content-hint pg-content-status"
        aria-invalid=${this.issues.length ? 'true' : 'false'}
        .value=${live(content)}
        @input=${(e: Event) => this.set({ content: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <div class="buttons">
        ${
          example
            ? html`<button type="button" @click=${() => this.set({ content: example })}>
                Start from the built-in content
              </button>`
            : nothing
        }
        <button type="button" ?disabled=${!content} @click=${() => this.set({ content: '' })}>
          Clear
        </button>
      </div>
      <div id="pg-content-status" class="content-status" role="status">
        ${this.renderContentStatus(content)}
      </div>
    </section>`;
  }

  private renderContentStatus(content: string): TemplateResult {
    if (!content.trim()) return html`<p>No JSON: the preview shows the built-in content.</p>`;
    if (this.issues.length) {
      return html`<p class="problem">
          <strong
            >${this.issues.length === 1 ? '1 problem' : `${this.issues.length} problems`}</strong
          >: the widget leaves this content out and stays usable.
        </p>
        <ul class="issues">
          ${this.issues.map((i) => html`<li><code class="path">${i.path}</code>: ${i.message}</li>`)}
        </ul>`;
    }
    return this.contentChecked
      ? html`<p class="valid">The JSON is valid: the preview shows it.</p>`
      : html`<p>Checking…</p>`;
  }

  private renderSnippet(): TemplateResult {
    const css = this.themeCss;
    return html`<section class="panel" aria-labelledby="pg-snippet-h">
      <h2 id="pg-snippet-h">Snippet</h2>
      <p>Paste this into the page where the widget belongs (in a CMS: an HTML or code block).</p>
      <div class="field">
        <label for="pg-folder">Folder on your site that holds the widgets’ files</label>
        <input
          type="text"
          id="pg-folder"
          aria-describedby="pg-folder-hint"
          .value=${live(this.state.folder)}
          @input=${(e: Event) => this.set({ folder: (e.target as HTMLInputElement).value })}
        />
        <p class="hint" id="pg-folder-hint">
          Host the package's <code>dist/cdn/</code> folder as it is, in one folder of your own site:
          <code>clinic-widgets.js</code> and <code>clinic-widgets.css</code> with the chunks beside
          them, which the script loads for the widgets a page shows. Served from your site, no third
          party learns who reads the page.
        </p>
      </div>
      ${
        this.issues.length
          ? html`<p class="flag flag-error">
              The JSON content has problems: fix them before you copy the snippet.
            </p>`
          : nothing
      }
      <pre class="code" id="pg-snippet"><code>${this.snippet}</code></pre>
      <div class="buttons">
        <button type="button" @click=${() => this.copySnippet()}>Copy snippet</button>
      </div>
      ${
        css
          ? html`<h3>Theme CSS</h3>
              <p>
                Add this to your site's stylesheet (a linked file keeps working under a strict
                Content-Security-Policy, where an inline style block would not).
              </p>
              <pre class="code" id="pg-theme-css"><code>${css}</code></pre>
              <div class="buttons">
                <button type="button" @click=${() => this.copyThemeCss()}>Copy theme CSS</button>
              </div>`
          : nothing
      }
      <p class="copy-status" role="status">${this.copyStatus}</p>
    </section>`;
  }

  /** Copies the snippet and says so in the panel's live region. */
  copySnippet(): Promise<void> {
    return this.copy(this.snippet, 'Snippet copied.');
  }

  copyThemeCss(): Promise<void> {
    return this.copy(this.themeCss, 'Theme CSS copied.');
  }

  private async copy(text: string, done: string): Promise<void> {
    const copied = await copyText(text);
    // Cleared first, so a second copy is announced again.
    this.copyStatus = '';
    this.draw();
    await new Promise(requestAnimationFrame);
    this.copyStatus = copied
      ? done
      : 'Copying did not work here: select the text and copy it yourself.';
    this.draw();
  }
}

export function mountPlayground(root: HTMLElement, options: PlaygroundOptions): Playground {
  return new Playground(root, options);
}
