import { css } from 'lit';

/**
 * The theming tokens. Every element reads these `--cw-*` custom properties (set them on
 * the element, a wrapper or `:root`); the private `--_*` names hold the defaults.
 * Defaults meet WCAG AA contrast on the default surface.
 */
export const tokens = css`
  :host {
    --_font: var(--cw-font, inherit);
    --_font-size: var(--cw-font-size, 1rem);
    --_text: var(--cw-text, #1b1f24);
    --_text-muted: var(--cw-text-muted, #4a5562);
    --_surface: var(--cw-surface, #ffffff);
    --_surface-alt: var(--cw-surface-alt, #f3f5f7);
    --_border: var(--cw-border, #6b7580);
    --_accent: var(--cw-accent, #0b5cad);
    --_accent-text: var(--cw-accent-text, #ffffff);
    --_danger: var(--cw-danger, #a4161a);
    --_danger-surface: var(--cw-danger-surface, #fdecea);
    --_warning: var(--cw-warning, #7a4b00);
    --_warning-surface: var(--cw-warning-surface, #fff4e0);
    --_success: var(--cw-success, #1e6b34);
    --_focus: var(--cw-focus, #0b5cad);
    --_radius: var(--cw-radius, 0.5rem);
    --_space: var(--cw-spacing, 1rem);
  }
`;
