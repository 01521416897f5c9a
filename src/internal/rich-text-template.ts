import { html, type TemplateResult } from 'lit';
import type { RichNode } from '../content/rich-text.js';

/**
 * Parsed answer nodes as a Lit template: what a server renderer (which has no document to
 * build elements in) writes into the HTML, and what the browser hydrates. Text stays text.
 */
export function richTextTemplate(nodes: readonly RichNode[]): Array<string | TemplateResult> {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    const inner = richTextTemplate(node.children);
    switch (node.tag) {
      case 'p':
        return html`<p>${inner}</p>`;
      case 'a':
        return html`<a href=${node.href ?? ''}>${inner}</a>`;
      case 'em':
        return html`<em>${inner}</em>`;
      case 'strong':
        return html`<strong>${inner}</strong>`;
      case 'ul':
        return html`<ul>
          ${inner}
        </ul>`;
      case 'ol':
        return html`<ol>
          ${inner}
        </ol>`;
      case 'li':
        return html`<li>${inner}</li>`;
      case 'br':
        return html`<br />`;
    }
  });
}
