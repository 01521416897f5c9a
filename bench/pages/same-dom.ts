// The second yardstick for "script start to all five rendered": five plain Lit elements that
// draw exactly the DOM and styles the widgets drew on the all-five page (captured by
// `npm run bench` into same-dom-capture.json), with none of the widgets' logic. What the
// widgets take beyond it is the cost of being widgets; what it takes beyond five trivial
// elements is the cost of the content itself (its markup, styles and layout).
import { LitElement, html, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import captured from '../../dist/bench/same-dom-capture.json';

for (const { tag, markup, styles } of captured as {
  tag: string;
  markup: string;
  styles: string;
}[]) {
  customElements.define(
    `same-${tag}`,
    class extends LitElement {
      static styles = unsafeCSS(styles);
      render() {
        return html`${unsafeHTML(markup)}`;
      }
    },
  );
}
