import { html, render } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ContentErrorDetail } from '../../src/content/content-controller.js';
import type { Evidence } from '../../src/content/evidence.js';
import { evidencePack } from '../../src/content/index.js';
import type { ContentIssue } from '../../src/content/issues.js';
import type { EvidenceCard } from '../../src/elements/evidence-card/evidence-card.js';
import type { DemoState } from '../state.js';
import type { DemoSection } from './index.js';

const SUBSTANCES = ['alcohol', 'cocaine', 'opioids', 'other'] as const;

/** A clinic's own evidence, small enough to edit by hand; the designer breaks and fixes it live. */
const STARTER: Evidence = {
  substances: [
    {
      id: 'alcohol',
      name: 'Alcohol use disorder',
      strength: 'strongest',
      summary:
        'Edit this JSON: the card follows as you type, and any problem is listed below by its path.',
      studies: ['grabski-2022'],
    },
  ],
  studies: [
    {
      id: 'grabski-2022',
      authors: 'Grabski et al.',
      year: 2022,
      trial: 'KARE',
      design: 'Randomised, placebo-controlled trial',
      population: 'Patients with alcohol use disorder who had detoxified',
      sampleSize: 96,
      intervention: {
        treatment: 'Ketamine infusions with psychological therapy',
        dose: '0.8 mg/kg',
      },
      outcome: 'Try a <b>tag</b> here: it is shown as text, never run.',
      chart: {
        measure: 'An example chart (change the percentages)',
        arms: [
          { label: 'Ketamine', percent: 60 },
          { label: 'Placebo', percent: 30, approx: true },
        ],
      },
      source: 'grabski-2022',
    },
  ],
  // The real citation, from the built-in pack: the starter's source never drifts from it.
  sources: evidencePack.en.sources.filter((source) => source.id === 'grabski-2022'),
};
const STARTER_JSON = JSON.stringify(STARTER, null, 2);

/** The editor's parts, found from any event inside it (no ids: the gallery may show it twice). */
function editorParts(from: Element) {
  const box = from.closest('.demo-evidence-editor')!;
  return {
    card: box.querySelector<EvidenceCard>('evidence-card')!,
    script: box.querySelector<HTMLScriptElement>('evidence-card > script')!,
    report: box.querySelector<HTMLElement>('.demo-evidence-issues')!,
  };
}

function showIssues(report: HTMLElement, issues: ContentIssue[]): void {
  render(
    issues.length
      ? html`<p><strong>Invalid:</strong> the card shows its neutral notice until this is fixed.</p>
          <ul>
            ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
          </ul>`
      : html`<p><strong>Valid:</strong> the card shows this evidence.</p>`,
    report,
  );
}

/** The report starts out saying the starter JSON is valid. */
function startReport(element: Element | undefined): void {
  if (element instanceof HTMLElement && !element.hasChildNodes()) showIssues(element, []);
}

/** Gives the card its JSON child once (a `<script>` cannot hold a template binding). */
function attachJson(element: Element | undefined): void {
  if (!element || element.querySelector('script')) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = STARTER_JSON;
  element.append(script);
}

function onInput(event: Event): void {
  const area = event.target as HTMLTextAreaElement;
  const { card, script, report } = editorParts(area);
  script.textContent = area.value;
  // The card re-reads its JSON child after this task (a mutation observer); by the next frame
  // it has started, and updateComplete waits for the check. Errors arrive through content-error.
  requestAnimationFrame(async () => {
    await card.updateComplete;
    if (card.content.status === 'ready') showIssues(report, []);
  });
}

function onContentError(event: CustomEvent<ContentErrorDetail>): void {
  showIssues(editorParts(event.target as Element).report, event.detail.issues);
}

function compactBlock() {
  return html`<div class="demo-state">
    <h3>variant="compact": sidebar width, details folded</h3>
    <div class="demo-evidence-sidebars">
      <evidence-card variant="compact" heading-level="4"></evidence-card>
      <evidence-card variant="compact" substance="cocaine" heading-level="4"></evidence-card>
      <evidence-card variant="compact" study="dakwar-2019" heading-level="4"></evidence-card>
    </div>
  </div>`;
}

export const evidenceCardSection: DemoSection = {
  tag: 'evidence-card',
  title: 'the evidence by substance, with figures and sources',
  render: (state: DemoState) => html`
    <style>
      .demo-evidence-sidebars {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: start;
      }
      .demo-evidence-sidebars > evidence-card {
        flex: 0 1 20rem;
        min-width: 0;
      }
      .demo-evidence-editor {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        align-items: start;
      }
      .demo-evidence-editor label {
        display: grid;
        gap: 0.25rem;
        font-weight: 600;
      }
      .demo-evidence-editor textarea {
        font:
          0.8125rem/1.4 ui-monospace,
          monospace;
        min-height: 24rem;
        width: 100%;
        box-sizing: border-box;
      }
      .demo-evidence-issues ul {
        margin: 0.25rem 0 0;
        padding-inline-start: 1.25rem;
      }
    </style>
    ${state.variant === 'compact' ? compactBlock() : ''}
    <div class="demo-state">
      <h3>No attribute: every substance, strongest evidence first, with the legend</h3>
      <evidence-card heading-level="4"></evidence-card>
    </div>
    ${SUBSTANCES.map(
      (substance) =>
        html`<div class="demo-state">
          <h3>substance="${substance}"</h3>
          <evidence-card substance=${substance} heading-level="4"></evidence-card>
        </div>`,
    )}
    <div class="demo-state">
      <h3>substance="alcohol" compare: with the psilocybin comparison</h3>
      <evidence-card substance="alcohol" compare heading-level="4"></evidence-card>
    </div>
    <div class="demo-state">
      <h3>study="grabski-2022": one study (ids are listed in the README)</h3>
      <evidence-card study="grabski-2022" heading-level="4"></evidence-card>
    </div>
    ${state.variant === 'compact' ? '' : compactBlock()}
    <div class="demo-state">
      <h3>Custom evidence: a JSON child, validated as you type</h3>
      <div class="demo-evidence-editor">
        <div>
          <label
            >Evidence JSON
            <textarea spellcheck="false" .value=${STARTER_JSON} @input=${onInput}></textarea>
          </label>
          <div class="demo-evidence-issues" role="status" ${ref(startReport)}></div>
        </div>
        <evidence-card
          substance="alcohol"
          heading-level="4"
          ${ref(attachJson)}
          @content-error=${onContentError}
        ></evidence-card>
      </div>
    </div>
  `,
};
