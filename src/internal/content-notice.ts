import { html } from 'lit';
import type { Locale } from '../context/clinic-context.js';
import * as en from '../i18n/en.js';
import * as fr from '../i18n/fr.js';
import { pick } from '../i18n/index.js';

/** The short neutral line a reader sees where an element's content could not be used. */
export function contentNotice(locale: Locale) {
  const notice = pick(locale, en.common, fr.common).contentError;
  return html`<p class="content-notice" part="notice">${notice}</p>`;
}
