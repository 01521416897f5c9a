import { css } from 'lit';

export const styles = css`
  :host {
    --_takeaways-rule: var(--cw-takeaways-rule, var(--_accent));
  }
  .base {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_surface-alt);
    color: var(--_text);
    border-inline-start: 4px solid var(--_takeaways-rule);
    border-radius: var(--_radius);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .items,
  ::slotted(ul),
  ::slotted(ol) {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .compact {
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.75);
    font-size: 0.9375em;
  }
  .compact .title {
    font-size: 1em;
  }
  .compact .items,
  .compact ::slotted(ul),
  .compact ::slotted(ol) {
    gap: 0.25rem;
  }
  @media print {
    .base {
      background: none;
      border: 1px solid;
      border-inline-start-width: 4px;
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
