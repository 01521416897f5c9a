import { html } from 'lit';
import type { CrisisBanner } from '../../src/elements/crisis-banner/crisis-banner.js';
import type { DemoState } from '../state.js';
import type { Region } from '../../src/context/clinic-context.js';
import { REGION_CHOICES, REGION_NAMES } from '../ui.js';
import type { DemoSection } from './index.js';

const VARIANTS = ['banner', 'inline', 'compact'] as const;

/** The one banner the small controls change, found from the control that changed. */
function tryBanner(event: Event): CrisisBanner {
  return (event.target as Element).closest('.demo-state')!.querySelector('crisis-banner')!;
}

function variantsFirst(state: DemoState): readonly string[] {
  const first = VARIANTS.find((v) => v === state.variant);
  return first ? [first, ...VARIANTS.filter((v) => v !== first)] : VARIANTS;
}

export const crisisBannerSection: DemoSection = {
  tag: 'crisis-banner',
  title: 'crisis and emergency lines',
  render: (state) => html`
    <style>
      .demo-scroll {
        height: 14rem;
        overflow: auto;
        border: 1px dashed #6b7580;
      }
      .demo-scroll p {
        margin: 1rem;
      }
      .demo-try {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        align-items: center;
        font-size: 0.875rem;
      }
      .demo-try label {
        /* A region's name may be wider than a phone: the select shrinks rather than run off. */
        min-width: 0;
      }
    </style>
    ${variantsFirst(state).map(
      (variant) =>
        html`<div class="demo-state">
          <h3>
            variant="${variant}"${variant === 'banner' ? ' (default)' : ''}: region and language
            from the context
          </h3>
          <crisis-banner variant=${variant}></crisis-banner>
        </div>`,
    )}
    <div class="demo-state">
      <h3>collapsible: a reader folds it to the compact line and back (nothing is stored)</h3>
      <crisis-banner collapsible></crisis-banner>
    </div>
    <div class="demo-state">
      <h3>variant="compact" collapsible: starts folded, unfolds to the full banner</h3>
      <crisis-banner variant="compact" collapsible></crisis-banner>
    </div>
    <div class="demo-state">
      <h3>sticky: stays at the top of its scrolling area, taking its own space</h3>
      <div
        class="demo-scroll"
        tabindex="0"
        role="group"
        aria-label="Scrolling article with a sticky banner"
      >
        <crisis-banner variant="compact" sticky></crisis-banner>
        ${[1, 2, 3, 4, 5, 6].map((n) => html`<p lang="en">Article paragraph ${n}: scroll to see the banner stay in view.</p>`)}
      </div>
    </div>
    <div class="demo-state">
      <h3>Try it: change this banner's attributes</h3>
      <div class="demo-try" lang="en">
        <label
          >variant
          <select
            @change=${(e: Event) => (tryBanner(e).variant = (e.target as HTMLSelectElement).value as CrisisBanner['variant'])}
          >
            ${VARIANTS.map((v) => html`<option value=${v}>${v}</option>`)}
          </select>
        </label>
        <label
          ><input
            type="checkbox"
            @change=${(e: Event) => (tryBanner(e).collapsible = (e.target as HTMLInputElement).checked)}
          />
          collapsible</label
        >
        <label
          >region
          <select
            @change=${(e: Event) =>
              (tryBanner(e).region =
                ((e.target as HTMLSelectElement).value as Region) || undefined)}
          >
            <option value="">from the context</option>
            ${REGION_CHOICES.map((r) => html`<option value=${r}>${REGION_NAMES[r]}</option>`)}
          </select>
        </label>
      </div>
      <crisis-banner></crisis-banner>
    </div>
    <div class="demo-state">
      <h3>The clinic's own lines, from a JSON child</h3>
      <crisis-banner variant="inline">
        <script type="application/json">
          {
            "emergency": "911",
            "lines": [
              {
                "name": "Example Clinic on-call nurse",
                "call": "555 0100",
                "hours": "Weekdays 9:00–17:00"
              },
              {
                "name": "988 Suicide Crisis Helpline",
                "call": "988",
                "text": "988",
                "hours": "24/7"
              }
            ]
          }
        </script>
      </crisis-banner>
    </div>
    <div class="demo-state">
      <h3>
        Unusable clinic lines: the built-in lines stay, with a short notice (see the flag above)
      </h3>
      <crisis-banner variant="inline">
        <script type="application/json">
          { "emergency": "call us", "lines": [{ "call": "988" }] }
        </script>
      </crisis-banner>
    </div>
    <div class="demo-state">
      <h3>
        Every region at a glance (region attribute; set Region to "Not set" above for the no-region
        message)
      </h3>
      ${REGION_CHOICES.map(
        (region) =>
          html`<p class="hint" lang="en">${REGION_NAMES[region]}</p>
            <crisis-banner variant="compact" region=${region}></crisis-banner>`,
      )}
      <p class="hint" lang="en">No region given (the seed's North American message)</p>
      <crisis-banner variant="compact" region=""></crisis-banner>
    </div>
  `,
};
