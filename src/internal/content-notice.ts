import { html } from 'lit';

/**
 * The short neutral line a reader sees where an element's content could not be used, in the
 * element's language (`lang` and `dir` in the server's HTML too).
 */
export function contentNotice(text: string, lang: string, dir: 'ltr' | 'rtl') {
  // prettier-ignore
  return html`<p class="content-notice" part="notice" lang=${lang} dir=${dir}>${text}</p>`;
}
