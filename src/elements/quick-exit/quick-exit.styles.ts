import { css } from 'lit';

export const styles = css`
  .base {
    padding-block: 0.5rem;
  }
  .sticky {
    padding: 0.5rem var(--_space);
    background: var(--cw-quick-exit-bar, var(--_surface));
    border-block-end: 1px solid var(--_border);
  }
  /* Pinned only while it fits (measured in the component), below a pinned crisis banner. */
  :host(:state(pinned)) {
    position: sticky;
    top: var(--cw-crisis-banner-height, 0px);
    z-index: var(--cw-quick-exit-z-index, 10);
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
  @media (forced-colors: active) {
    .sticky {
      border-color: CanvasText;
    }
  }
`;
