import { css, html } from 'lit';

/**
 * A link that leaves the page, in a new tab and safely (`noopener noreferrer`: the page it
 * opens cannot reach back into this one), with the cue a reader sees and hears: an arrow
 * icon and the words `newTab` ("(opens in a new tab)") for screen readers. `href` must have
 * been checked where it entered (checkUrl).
 */
export function externalLink(href: string, text: unknown, newTab: string) {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer"
    >${text}<span class="visually-hidden"> ${newTab}</span
    ><svg class="external" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M9 2h5v5h-2V5.4L7.7 9.7 6.3 8.3 10.6 4H9zM3 4h4v2H4v6h6V9h2v5H2V4z" /></svg
  ></a>`;
}

/** The new-tab icon's size and colour (it follows the link's). */
export const externalLinkStyles = css`
  .external {
    width: 0.875em;
    height: 0.875em;
    margin-inline-start: 0.25em;
    vertical-align: -0.05em;
    fill: currentColor;
  }
`;
