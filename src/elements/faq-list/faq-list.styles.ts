import { css } from 'lit';

export const styles = css`
  :host {
    --_highlight: var(--cw-faq-highlight, #ffe27a);
    --_highlight-text: var(--cw-faq-highlight-text, #1b1f24);
    --_divider: var(--cw-faq-divider, var(--_border));
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    justify-content: space-between;
    margin-block-end: 0.75rem;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 16rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    min-height: 44px;
    width: 100%;
  }
  .all {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .all button,
  .copy {
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.375rem 0.75rem;
    cursor: pointer;
  }
  .all button:hover,
  .copy:hover {
    background: var(--_surface-alt);
  }
  .count {
    margin: 0 0 0.75rem;
    color: var(--_text-muted);
  }
  .count:empty {
    margin: 0;
  }
  .list {
    border-block-start: 1px solid var(--_divider);
  }
  /* No content-visibility here: it clips the focus ring and hides questions off screen from
     the accessibility tree. Long lists stay fast because filtering never re-renders a row. */
  .item {
    border-block-end: 1px solid var(--_divider);
  }
  .h {
    margin: 0;
    font: inherit;
  }
  .q {
    display: flex;
    gap: 0.75rem;
    justify-content: space-between;
    align-items: flex-start;
    width: 100%;
    padding: 0.75rem 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  /* Inside the button: a host's overflow: hidden cannot clip a ring on a full-width row. */
  .q:focus-visible {
    outline-offset: -3px;
  }
  .q:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  .q svg {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-block-start: 0.125rem;
    transition: transform 0.2s;
  }
  .q[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .answer:not([hidden]) {
    padding: 0 0.25rem var(--_space);
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body p,
  .body ul,
  .body ol {
    margin-block: 0 0.75em;
  }
  .body ul,
  .body ol {
    padding-inline-start: 1.5rem;
  }
  .copy-row {
    margin: 0;
  }
  .copy {
    font-size: 0.875em;
  }
  mark {
    background: var(--_highlight);
    color: var(--_highlight-text);
  }
  /* Matches in open answers (CSS highlights: the author's own nodes are never wrapped).
     Highlight styles inherit along the flat tree, so this reaches slotted markup too. */
  :host::highlight(cw-faq-match) {
    background-color: var(--_highlight);
    color: var(--_highlight-text);
  }
  .content-notice {
    margin: 0;
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    :host::highlight(cw-faq-match) {
      background-color: Mark;
      color: MarkText;
    }
  }
  /* Printed, every question shows its answer; the controls mean nothing on paper. */
  @media print {
    .tools,
    .count,
    .copy-row,
    .q svg {
      display: none;
    }
    .item[hidden],
    .answer[hidden] {
      display: block;
      content-visibility: visible;
    }
    .answer {
      padding: 0 0.25rem var(--_space);
    }
    .item {
      break-inside: avoid;
    }
  }
`;
