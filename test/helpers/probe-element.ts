import { html } from 'lit';
import * as z from 'zod/mini';
import { ContentController } from '../../src/content/content-controller.js';
import { ClinicElement } from '../../src/internal/clinic-element.js';

/** A minimal widget for foundation tests: shows what it resolved from context and content. */
export class ContextProbe extends ClinicElement {
  override render() {
    return html`<p>
      <span class="locale">${this.resolvedLocale}</span>
      <span class="region">${this.resolvedRegion ?? 'none'}</span>
      <span class="clinic">${this.clinic?.clinicName ?? 'none'}</span>
      <span class="intake">${this.clinic?.intakeUrl ?? 'none'}</span>
    </p>`;
  }
}

export const probeSchema = z.strictObject({
  studies: z.array(z.strictObject({ name: z.string(), year: z.number() })),
});

/** A widget with the shared content controller and a built-in fallback. */
export class ContentProbe extends ClinicElement {
  static override properties = { ...ClinicElement.properties, src: {} };
  declare src?: string;
  readonly content = new ContentController(this, {
    schema: async () => probeSchema,
    fallback: () => ({ value: { studies: [{ name: 'Built-in', year: 2022 }] }, source: 'pack' }),
  });

  override render() {
    const value = this.content.value;
    if (!value) return html`<p role="status">${this.content.status}</p>`;
    return html`<ul>
      ${value.studies.map((s) => html`<li>${s.name} (${s.year})</li>`)}
    </ul>`;
  }
}

let counter = 0;
/** Defines a class under a fresh tag, so every test can choose its own definition order. */
export function defineFresh(base: CustomElementConstructor, prefix: string): string {
  counter += 1;
  const tag = `${prefix}-${counter}`;
  customElements.define(tag, class extends (base as typeof HTMLElement) {});
  return tag;
}
