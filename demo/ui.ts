/** Small pieces both demo pages share: the page navigation, JSDoc text, copying. */
import { html, type TemplateResult } from 'lit';
import { REGIONS, type CrisisRegion } from '../src/context/clinic-context.js';

/** Every region the widgets know, then the fallback for any other (`region="ZA"`, ...). */
export const REGION_NAMES: Record<CrisisRegion, string> = {
  CA: 'Canada',
  US: 'United States',
  GB: 'United Kingdom (GB, or UK)',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  FR: 'France',
  EU: 'European Union (112)',
  international: 'Any other country (international fallback)',
};

export const REGION_CHOICES: readonly CrisisRegion[] = [...REGIONS, 'international'];

export function regionOptions(selected: CrisisRegion | undefined): TemplateResult {
  return html`<option value="" ?selected=${!selected}>Not set</option>
    ${REGION_CHOICES.map((r) => html`<option value=${r} ?selected=${selected === r}>${REGION_NAMES[r]}</option>`)}`;
}

/** The two pages, with relative links so the built demo works from any folder. */
export function pageNav(current: 'gallery' | 'playground', query = ''): TemplateResult {
  const link = (page: 'gallery' | 'playground', href: string, label: string) =>
    html`<a href=${href} aria-current=${page === current ? 'page' : 'false'}>${label}</a>`;
  return html`<nav class="demo-nav" aria-label="Demo pages">
    <ul>
      <li>${link('gallery', `./index.html${query}`, 'Gallery')}</li>
      <li>${link('playground', `./playground.html${query}`, 'Playground')}</li>
    </ul>
  </nav>`;
}

/** JSDoc text with its `code spans` as <code>, built as nodes (never parsed as HTML). */
export function docText(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

/**
 * Copies text: the async Clipboard API where the page may use it, else a selected
 * off-screen textarea and `execCommand('copy')` (older browsers, insecure origins).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the older way.
  }
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'offscreen';
  document.body.append(area);
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}
