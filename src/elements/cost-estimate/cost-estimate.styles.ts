import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: 0.75rem;
    color: var(--_text);
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  .title,
  .estimate-title,
  .insurance-title {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.25em;
  }
  .estimate-title,
  .insurance-title {
    font-size: 1em;
  }
  .pathways {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    cursor: pointer;
  }
  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }
  .option-text {
    display: grid;
  }
  .name {
    font-weight: 700;
  }
  .price,
  .hint,
  .range-note {
    color: var(--_text-muted);
  }
  .sessions {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .sessions label {
    font-weight: 700;
  }
  .sessions input {
    font: inherit;
    width: 6em;
    min-height: 2.75em;
    padding: 0.25rem 0.5rem;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .sessions input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-weight: 700;
  }
  .estimate {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .sum {
    display: grid;
    gap: 0.25rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
  }
  dd {
    font-variant-numeric: tabular-nums;
    margin-inline-start: auto;
  }
  .total {
    border-top: 2px solid var(--_border);
    padding-top: 0.25rem;
    font-weight: 700;
  }
  .op {
    display: inline-block;
    min-width: 1em;
  }
  .formula {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .intake {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125rem;
    font-weight: 600;
  }
  .insurance ul {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.25em;
  }
  .plan {
    font-weight: 700;
  }
  .compact {
    gap: 0.5rem;
    font-size: 0.9375em;
  }
  .compact .estimate {
    padding: 0.75rem;
  }
  @media (forced-colors: active) {
    .pathways,
    .sessions input,
    .estimate {
      border: 1px solid CanvasText;
    }
    .total {
      border-top-color: CanvasText;
    }
    .sessions input[aria-invalid='true'] {
      border-width: 3px;
    }
  }
  @media print {
    /* The reader's choice and its figures, on paper: unchosen pathways and the field's chrome go. */
    .base {
      color: #000;
    }
    .option:not(:has(input:checked)) {
      display: none;
    }
    .option input {
      display: none;
    }
    .estimate {
      background: none;
      border: 1px solid #000;
    }
    .price,
    .hint,
    .range-note {
      color: #000;
    }
    .intake[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
