// The yardstick for "script start to all five rendered": five Lit elements that draw a line
// of text each, built and minified like the widgets.
import { LitElement, css, html } from 'lit';

for (const name of ['one', 'two', 'three', 'four', 'five']) {
  customElements.define(
    `trivial-${name}`,
    class extends LitElement {
      static styles = css`
        :host {
          display: block;
        }
      `;
      render() {
        return html`<p>Trivial element ${name}</p>`;
      }
    },
  );
}
