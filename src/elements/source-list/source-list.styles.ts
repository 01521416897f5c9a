import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: 0.75rem;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .sources {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding-inline-start: 2em;
    font-size: 0.9375em;
  }
  .entry {
    scroll-margin-top: 1rem;
    padding-inline: 0.25rem;
    border-radius: var(--_radius);
  }
  .entry::marker {
    font-weight: 700;
  }
  .entry[data-targeted] {
    background: var(--_surface-alt);
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  cite {
    font-style: normal;
  }
  /* One box, at least 24 px high (WCAG 2.5.8), that moves to the next line whole. */
  .entry a {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125rem;
  }
  .note {
    margin: 0.125rem 0 0;
    color: var(--_text-muted);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    margin: 0.25rem 0 0;
  }
  .copy {
    min-height: 24px;
    padding: 0.125rem 0.5rem;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .copy[data-copied] {
    color: var(--_success);
  }
  .copy-failed {
    margin: 0.25rem 0 0;
    color: var(--_warning);
  }
  .cited-by a {
    margin-inline-start: 0.25em;
  }
  @media print {
    .tools {
      display: none;
    }
    .entry a[href^='http']::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
    .external {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .copy {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .entry[data-targeted] {
      outline-color: Highlight;
    }
  }
`;
