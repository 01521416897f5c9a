import { css } from 'lit';

export const styles = css`
  :host {
    --_bar: var(--cw-evidence-bar, var(--_accent));
    --_bar-other: var(--cw-evidence-bar-other, var(--_text-muted));
  }
  .base {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .compact {
    gap: 0.5rem;
    padding: 0.75rem;
    font-size: 0.9375rem;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  dl,
  dd,
  figure {
    margin: 0;
  }
  .card-title {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .compact .card-title {
    font-size: 1.0625rem;
  }
  .section-title,
  .substance-name {
    font-size: 1.0625rem;
    line-height: 1.3;
  }
  .study-title {
    font-size: 1rem;
    line-height: 1.3;
  }
  .section-title {
    margin-top: 0.5rem;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.75rem;
  }
  .eyebrow,
  .journal,
  .key-studies,
  .note {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .journal,
  .note {
    font-style: italic;
  }

  /* Strength: words, a four-bar shape and a border; the colour only repeats what they say. */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.125rem 0.625rem;
    border: 2px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 700;
    line-height: 1.4;
    white-space: nowrap;
    color: var(--_text-muted);
  }
  .badge.strongest {
    color: var(--_success);
  }
  .badge.moderate {
    color: var(--_accent);
  }
  .badge.limited {
    color: var(--_warning);
  }
  .badge svg {
    width: 1.4em;
    height: 1em;
    flex: none;
  }
  .badge .on {
    fill: currentColor;
  }
  .badge .off {
    fill: none;
    stroke: currentColor;
    stroke-width: 1;
  }

  .substances {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .substance {
    display: grid;
    gap: 0.375rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }

  .study {
    container-type: inline-size;
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_bar);
  }
  .facts {
    display: grid;
    gap: 0.375rem;
  }
  .fact {
    display: grid;
    align-items: baseline;
  }
  dt {
    font-weight: 700;
    font-size: 0.875rem;
  }

  .chart {
    display: grid;
    gap: 0.5rem;
    padding: 0.625rem 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  figcaption {
    font-weight: 700;
  }
  .lower-better {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    margin-inline-start: 0.5rem;
    font-weight: 400;
    font-style: italic;
  }
  .lower-better svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }
  /* One grid for every bar (subgrid), so all tracks share one length and one scale. */
  .bars {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125rem 0.75rem;
  }
  .arm {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    row-gap: 0.125rem;
  }
  .arm + .arm {
    margin-top: 0.375rem;
  }
  .arm-label {
    grid-column: 1 / -1;
    font-size: 0.875rem;
  }
  .arm-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  /* SVG bars: the width is an attribute (0–100), so no inline style is needed under a strict CSP. */
  .track {
    display: block;
    width: 100%;
    height: 1rem;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .fill {
    fill: var(--_bar-other);
  }
  .arm:first-child .fill {
    fill: var(--_bar);
  }

  .citation {
    font-size: 0.875rem;
  }
  .source-label {
    font-weight: 700;
  }
  cite {
    font-style: normal;
  }
  /* One box, at least 24 px high (WCAG 2.5.8), that moves to the next line whole. */
  .citation a {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125rem;
    white-space: normal;
  }

  .comparison {
    display: grid;
    gap: 0.5rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .caveats ul,
  .points {
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  .legend-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.375rem;
    font-size: 0.875rem;
  }
  .legend-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .legend-list .badge {
    min-width: 12.5rem;
  }
  details > summary {
    cursor: pointer;
    min-height: 24px;
    font-weight: 700;
    font-size: 0.875rem;
  }
  details[open] > summary {
    margin-bottom: 0.375rem;
  }

  /* Wide enough (the study box, not the viewport): labels beside their values. */
  @container (min-width: 34rem) {
    .fact {
      grid-template-columns: 11rem 1fr;
      gap: 1rem;
    }
    .bars {
      grid-template-columns: minmax(0, 12rem) 1fr auto;
    }
    .arm-label {
      grid-column: auto;
    }
  }
  @media (forced-colors: active) {
    .track {
      forced-color-adjust: none;
      background: Canvas;
    }
    .fill,
    .arm:first-child .fill {
      fill: CanvasText;
    }
    .badge,
    .track,
    .chart,
    .study {
      border-color: CanvasText;
    }
  }
`;
