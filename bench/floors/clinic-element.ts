// Floor 2: what every clinic-widgets element shares before it shows anything: Lit, the
// subscribed clinic context (@lit/context with its ContextRoot), the locale and region
// attributes, and the guarded registration.
import { html } from 'lit';
import { defineElement } from '../../src/define.js';
import { ClinicElement } from '../../src/internal/clinic-element.js';

class FloorElement extends ClinicElement {
  override render() {
    return html`<p>${this.resolvedLocale}</p>`;
  }
}
defineElement('floor-clinic-element', FloorElement);
