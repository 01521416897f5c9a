// Another Lit app on the partner's page, loaded before the widgets: its Lit creates the
// page's `lit-html` Trusted Types policy first.
import { LitElement, html } from 'lit';

class OtherLitApp extends LitElement {
  render() {
    return html`<p>Another Lit app</p>`;
  }
}
customElements.define('other-lit-app', OtherLitApp);
