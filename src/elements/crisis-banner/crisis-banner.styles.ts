import { css } from 'lit';

export const styles = css`
  :host {
    --_crisis-surface: var(--cw-crisis-surface, var(--_danger-surface));
    --_crisis-accent: var(--cw-crisis-accent, var(--_danger));
  }
  /* Pinned only while it fits its share of the viewport (measured in the component): on a
     short screen or with large text it folds to one line, else it scrolls with the page. */
  :host(:state(pinned)) {
    position: sticky;
    top: 0;
    z-index: var(--cw-crisis-z-index, 10);
  }
  /* 1em wide, no height: the ResizeObserver's view of the reader's text size. */
  .text-size {
    position: absolute;
    inline-size: 1em;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 1rem;
    padding: 0.75rem var(--_space);
    background: var(--_crisis-surface);
    color: var(--_text);
    border: 1px solid var(--_crisis-accent);
    border-inline-start-width: 0.375rem;
  }
  .inline {
    border-radius: var(--_radius);
    margin-block: var(--_space);
  }
  .compact {
    align-items: center;
    padding-block: 0.375rem;
  }
  .content {
    flex: 1 1 16rem;
    min-width: 0;
  }
  p,
  ul {
    margin: 0;
  }
  .title {
    font-weight: 700;
    color: var(--_crisis-accent);
  }
  .emergency,
  .lines,
  .note,
  .content-notice {
    margin-top: 0.5rem;
  }
  .lines {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .line-name {
    font-weight: 700;
  }
  .actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    vertical-align: middle;
  }
  .emergency .actions,
  .line .actions {
    margin-inline-start: 0.25rem;
  }
  .action,
  .website,
  .toggle {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .action {
    padding: 0.25rem 0.875rem;
    border: 2px solid var(--_crisis-accent);
    border-radius: 1.5rem;
    background: var(--_surface);
    color: var(--_crisis-accent);
    font-weight: 700;
    text-decoration: none;
    white-space: nowrap;
  }
  .action:hover {
    text-decoration: underline;
  }
  .hours,
  .note,
  .content-notice {
    display: block;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .compact-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .item {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .compact .action,
  .compact .website,
  .compact .toggle {
    min-height: 1.75rem;
    padding-block: 0;
  }
  .toggle {
    gap: 0.375rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .toggle svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }
  .toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .action {
      border-color: LinkText;
      color: LinkText;
    }
    .title {
      color: CanvasText;
    }
    .toggle {
      border-color: ButtonText;
    }
  }
`;
