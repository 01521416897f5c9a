import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    background: var(--_surface-alt);
    color: var(--_text);
    border-top: 2px solid var(--_border);
    font-size: 0.9375em;
  }
  p {
    margin: 0;
  }
  .notice {
    display: grid;
    gap: 0.25rem;
  }
  .title {
    font-weight: 700;
  }
  .body[hidden] {
    display: none;
  }
  .review {
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .base {
      border-top-color: CanvasText;
    }
  }
`;
