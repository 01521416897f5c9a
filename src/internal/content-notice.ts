import { html } from 'lit';

/** The short neutral line a reader sees where an element's content could not be used. */
export function contentNotice(text: string) {
  return html`<p class="content-notice" part="notice">${text}</p>`;
}
