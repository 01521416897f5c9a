// Floor 1: a bare LitElement that renders one line. Every Lit element starts here.
import { LitElement, html } from 'lit';

class FloorElement extends LitElement {
  override render() {
    return html`<p>floor</p>`;
  }
}
customElements.define('floor-lit-element', FloorElement);
