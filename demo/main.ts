import { html, render } from 'lit';
import '../src/index.js';
import { REGIONS } from '../src/context/clinic-context.js';
import { sections } from './sections/index.js';
import { readState, writeState, type DemoState } from './state.js';

const controls = document.querySelector<HTMLFormElement>('#controls')!;
const main = document.querySelector<HTMLElement>('#main')!;

function update(next: DemoState): void {
  writeState(next);
  draw(next);
}

function draw(state: DemoState): void {
  document.documentElement.lang = state.locale === 'fr' ? 'fr-CA' : 'en';
  render(
    html`
      <label
        >Language
        <select @change=${(e: Event) => update({ ...state, locale: (e.target as HTMLSelectElement).value as DemoState['locale'] })}>
          <option value="en" ?selected=${state.locale === 'en'}>English</option>
          <option value="fr" ?selected=${state.locale === 'fr'}>Français</option>
        </select>
      </label>
      <label
        >Region
        <select @change=${(e: Event) => update({ ...state, region: ((e.target as HTMLSelectElement).value || undefined) as DemoState['region'] })}>
          <option value="" ?selected=${!state.region}>Not known</option>
          ${REGIONS.map((r) => html`<option value=${r} ?selected=${state.region === r}>${r}</option>`)}
        </select>
      </label>
      <label
        >Element
        <select @change=${(e: Event) => update({ ...state, element: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="" ?selected=${!state.element}>All</option>
          ${sections.map((s) => html`<option value=${s.tag} ?selected=${state.element === s.tag}>&lt;${s.tag}&gt;</option>`)}
        </select>
      </label>
    `,
    controls,
  );
  const shown = sections.filter((s) => !state.element || s.tag === state.element);
  render(
    html`<clinic-context locale=${state.locale} region=${state.region ?? ''} clinic-name="Example Clinic" intake-url="#intake">
      ${shown.map(
        (s) => html`<section class="demo-section" aria-labelledby="section-${s.tag}">
          <h2 id="section-${s.tag}"><code>&lt;${s.tag}&gt;</code> ${s.title}</h2>
          ${s.render(state)}
        </section>`,
      )}
    </clinic-context>`,
    main,
  );
}

draw(readState());
