/**
 * The gallery: every element's main states (from demo/sections), in English or French, on
 * a light or dark host page. All of it lives in the URL, so any state can be linked.
 * Content errors and an overdue review are flagged in the demo's own chrome.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContentIssue } from '../src/content/issues.js';
import { asLocale, crisisRegionOf } from '../src/context/locale.js';
import { readWidgets, type Manifest } from './manifest.js';
import { sections, type DemoSection } from './sections/index.js';
import { asTheme, langFor, readState, stateParams, writeState, type DemoState } from './state.js';
import { themeProperties } from './theme.js';
import { pageNav, regionOptions } from './ui.js';

export interface GalleryOptions {
  manifest: Manifest;
  /** The starting state as a query string; default: the page URL's. */
  search?: string;
  /** Keep the page URL in step with the state (off when a test mounts the gallery). */
  syncUrl?: boolean;
  /** The sections to show; default: every registered one. */
  sections?: DemoSection[];
}

interface Flags {
  issues: ContentIssue[];
  overdue: boolean;
}

export class Gallery {
  state: DemoState;
  private readonly root: HTMLElement;
  private readonly options: GalleryOptions;
  private readonly sections: DemoSection[];
  /** Content problems each previewed element reported, for the chrome. */
  private readonly issues = new Map<Element, ContentIssue[]>();
  private readonly observer: MutationObserver;

  constructor(root: HTMLElement, options: GalleryOptions) {
    this.root = root;
    this.options = options;
    this.sections = options.sections ?? sections;
    this.state = readState(options.search ?? location.search);
    this.root.addEventListener('content-error', (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      this.issues.set(target, event.detail.issues);
      this.draw();
    });
    // An element reflects `review-overdue` after it renders: redraw the flags when it does.
    this.observer = new MutationObserver(() => this.draw());
    this.observer.observe(root, {
      subtree: true,
      attributes: true,
      attributeFilter: ['review-overdue'],
    });
    this.draw();
  }

  set(change: Partial<DemoState>): void {
    this.state = { ...this.state, ...change };
    if (this.options.syncUrl) writeState(this.state);
    this.draw();
  }

  draw(): void {
    render(this.template(), this.root);
    const host = this.root.querySelector<HTMLElement>('.gallery-host');
    if (!host) return;
    for (const name of Array.from(host.style)) host.style.removeProperty(name);
    for (const [name, value] of themeProperties(this.state.theme ?? 'light', {}))
      host.style.setProperty(name, value);
  }

  private flagsFor(tag: string): Flags {
    const section = this.root.querySelector(`[data-section="${tag}"]`);
    const issues: ContentIssue[] = [];
    for (const [element, found] of this.issues) {
      if (!element.isConnected) this.issues.delete(element);
      else if (section?.contains(element)) issues.push(...found);
    }
    return { issues, overdue: !!section?.querySelector('[review-overdue]') };
  }

  private template(): TemplateResult {
    const state = this.state;
    const shown = this.sections.filter((s) => !state.element || s.tag === state.element);
    const query = `?${stateParams({ locale: state.locale, element: state.element })}`;
    return html`<a class="skip-link" href="#main">Skip to the gallery</a>
      <header class="demo-header">
        <h1>clinic-widgets <span class="demo-sub">gallery</span></h1>
        ${pageNav('gallery', query)}
        <form
          class="demo-controls"
          aria-label="Gallery settings"
          @submit=${(e: Event) => e.preventDefault()}
        >
          ${this.renderControls()}
        </form>
      </header>
      <main id="main" tabindex="-1" class="gallery-host" data-theme=${state.theme ?? 'light'}>
        <div lang=${langFor(state.locale)}>
          <clinic-context
            locale=${state.locale}
            region=${ifDefined(state.region)}
            clinic-name="Example Clinic"
            intake-url="#intake"
            phone="555 0100"
          >
            ${
              shown.length
                ? shown.map((s) => this.renderSection(s))
                : html`<p lang="en">
                    No demo section is registered${state.element ? ` for <${state.element}>` : ''}.
                  </p>`
            }
          </clinic-context>
        </div>
      </main>`;
  }

  private renderControls(): TemplateResult {
    const state = this.state;
    const variants =
      readWidgets(this.options.manifest)
        .find((w) => w.tag === state.element)
        ?.attributes.find((a) => a.name === 'variant' && a.kind === 'enum')?.options ?? [];
    const value = (e: Event) => (e.target as HTMLSelectElement).value;
    return html`<div class="field">
        <label for="g-locale">Language</label>
        <select
          id="g-locale"
          @change=${(e: Event) => this.set({ locale: asLocale(value(e)) ?? 'en' })}
        >
          <option value="en" ?selected=${state.locale === 'en'}>English</option>
          <option value="fr" ?selected=${state.locale === 'fr'}>Français</option>
        </select>
      </div>
      <div class="field">
        <label for="g-region">Region</label>
        <select
          id="g-region"
          @change=${(e: Event) => this.set({ region: crisisRegionOf(value(e)) })}
        >
          ${regionOptions(state.region)}
        </select>
      </div>
      <div class="field">
        <label for="g-element">Element</label>
        <select
          id="g-element"
          @change=${(e: Event) => this.set({ element: value(e) || undefined, variant: undefined })}
        >
          <option value="" ?selected=${!state.element}>All</option>
          ${this.sections.map(
            (s) =>
              html`<option value=${s.tag} ?selected=${state.element === s.tag}>
                &lt;${s.tag}&gt;
              </option>`,
          )}
        </select>
      </div>
      ${
        variants.length
          ? html`<div class="field">
              <label for="g-variant">Variant first</label>
              <select
                id="g-variant"
                @change=${(e: Event) => this.set({ variant: value(e) || undefined })}
              >
                <option value="" ?selected=${!state.variant}>Default order</option>
                ${variants.map((v) => html`<option value=${v} ?selected=${state.variant === v}>${v}</option>`)}
              </select>
            </div>`
          : nothing
      }
      <fieldset class="choice">
        <legend>Host page</legend>
        ${(['light', 'dark'] as const).map(
          (theme) =>
            html`<label
              ><input
                type="radio"
                name="g-theme"
                value=${theme}
                .checked=${(state.theme ?? 'light') === theme}
                @change=${() => this.set({ theme: asTheme(theme) })}
              />
              ${theme === 'light' ? 'Light' : 'Dark'}</label
            >`,
        )}
      </fieldset>`;
  }

  private renderSection(section: DemoSection): TemplateResult {
    const flags = this.flagsFor(section.tag);
    const playground = `./playground.html?${stateParams({ locale: this.state.locale, region: this.state.region, element: section.tag })}`;
    return html`<section
      class="demo-section"
      data-section=${section.tag}
      aria-labelledby="section-${section.tag}"
    >
      <div class="section-head" lang="en">
        <h2 id="section-${section.tag}"><code>&lt;${section.tag}&gt;</code> ${section.title}</h2>
        <a href=${playground}>Try &lt;${section.tag}&gt; in the playground</a>
      </div>
      <div class="flags" lang="en">
        ${
          flags.overdue
            ? html`<p class="flag flag-warning">
                <strong>Review overdue</strong> in this section: an element has the
                <code>review-overdue</code> attribute (its <code>reviewed-on</code> date is older
                than <code>review-interval</code> days).
              </p>`
            : nothing
        }
        ${
          flags.issues.length
            ? html`<div class="flag flag-error">
                <p>
                  <strong>Content error</strong> in this section: the element did not use this
                  content.
                </p>
                <ul class="issues">
                  ${flags.issues.map((i) => html`<li><code class="path">${i.path}</code>: ${i.message}</li>`)}
                </ul>
              </div>`
            : nothing
        }
      </div>
      ${section.render(this.state)}
    </section>`;
  }
}

export function mountGallery(root: HTMLElement, options: GalleryOptions): Gallery {
  return new Gallery(root, options);
}
