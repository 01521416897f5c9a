import { defineElement } from '../../define.js';
import { ClinicContext } from './clinic-context.component.js';

export { ClinicContext };
export type { ClinicContextValue, Locale, Region } from '../../context/clinic-context.js';

defineElement('clinic-context', ClinicContext);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-context': ClinicContext;
  }
}
