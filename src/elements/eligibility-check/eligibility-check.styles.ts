import { css } from 'lit';

export const styles = css`
  .base {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([variant='compact']) .base {
    padding: calc(var(--_space) / 2);
  }
  :host([variant='compact']) .intro {
    display: none;
  }
  /* By role, not by tag: the levels follow the page (heading-level). */
  .title,
  .step-title,
  .point-title {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  .title {
    font-size: 1.25em;
  }
  .step-title {
    font-size: 1.15em;
  }
  .point-title {
    font-size: 1em;
    margin-top: 1em;
  }
  p,
  ul,
  dl {
    margin: 0 0 0.75em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .intro,
  .progress,
  .hint,
  .hours,
  .notice,
  .standing {
    color: var(--_text-muted);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-size: 1.15em;
    font-weight: 600;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding-block: 0.25em;
    cursor: pointer;
  }
  input[type='radio'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .days {
    display: block;
    font-weight: 600;
  }
  input:not([type]) {
    font: inherit;
    width: 7em;
    max-width: 100%;
    padding: 0.375em 0.5em;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1em;
  }
  button {
    padding: 0.5em 1em;
    color: var(--_accent);
    background: var(--_surface);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary {
    color: var(--_accent-text);
    background: var(--_accent);
  }
  .link {
    padding: 0;
    color: var(--_accent);
    background: none;
    border: 0;
    text-decoration: underline;
  }
  .answers .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding-block: 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  dt {
    flex: 1 1 100%;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  dd:first-of-type {
    flex: 1 1 auto;
  }
  .result {
    --_outcome: var(--cw-eligibility-outcome, var(--_accent));
    padding-inline-start: 0.75em;
    border-inline-start: 0.375rem solid var(--_outcome);
  }
  .urgent-help,
  .not-suitable {
    --_outcome: var(--cw-eligibility-outcome, var(--_danger));
  }
  .not-now,
  .needs-groundwork {
    --_outcome: var(--cw-eligibility-outcome, var(--_warning));
  }
  .may-be-candidate {
    --_outcome: var(--cw-eligibility-outcome, var(--_success));
  }
  .crisis {
    display: block;
    padding: 0.75em;
    margin-bottom: 0.75em;
    background: var(--_danger-surface);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  /* One tap to call or text: each number is a large target. */
  .crisis a {
    display: inline-block;
    padding: 0.25em 0.75em;
    margin: 0.25em 0.5em 0.25em 0;
    color: var(--_danger);
    font-weight: 700;
    text-decoration: none;
    border: 2px solid var(--_danger);
    border-radius: 2em;
  }
  .crisis ul {
    padding: 0;
    list-style: none;
  }
  .intake {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125rem;
    font-weight: 600;
  }
  .standing {
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    font-size: 0.9em;
  }
  .print-only {
    display: none;
  }
  @media print {
    .intro,
    .actions {
      display: none;
    }
    .print-only {
      display: block;
    }
    .base {
      border: 0;
    }
  }
  @media (forced-colors: active) {
    .result {
      border-inline-start-color: CanvasText;
    }
    .primary {
      border-color: ButtonText;
    }
  }
`;
