import { css } from 'lit';

/** The control's look, in every host's styles. */
export const quickExitStyles = css`
  .quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .quick-exit-button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.375rem 1rem;
    border: 2px solid var(--cw-quick-exit-surface, var(--_danger));
    border-radius: var(--_radius);
    background: var(--cw-quick-exit-surface, var(--_danger));
    color: var(--cw-quick-exit-text, var(--_surface));
    font-weight: 700;
    cursor: pointer;
  }
  .quick-exit-button:hover {
    text-decoration: underline;
  }
  .quick-exit-notes {
    flex: 1 1 14rem;
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  /* Plain: the page is gone from view at once, whatever its theme. */
  .quick-exit-overlay,
  .quick-exit-overlay::backdrop {
    background: Canvas;
    color: CanvasText;
  }
  .quick-exit-overlay {
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 2rem;
    border: 0;
    font-size: 1.25rem;
  }
  @media (forced-colors: active) {
    .quick-exit-button {
      border-color: ButtonText;
    }
  }
`;
