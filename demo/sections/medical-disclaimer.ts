import { html } from 'lit';
import type { DemoSection } from './index.js';

const KINDS = ['educational', 'safety', 'access', 'all'] as const;

export const medicalDisclaimerSection: DemoSection = {
  tag: 'medical-disclaimer',
  title: 'safety, access and educational notices with the review line',
  render: () => html`
    ${KINDS.map(
      (kind) =>
        html`<div class="demo-state">
          <h3>kind="${kind}"${kind === 'educational' ? ' (default)' : ''}</h3>
          <medical-disclaimer kind=${kind}></medical-disclaimer>
        </div>`,
    )}
    <div class="demo-state">
      <h3>Review line as on “Is ketamine addictive?”: reviewed-by, reviewed-on 2026-05-31</h3>
      <medical-disclaimer
        reviewed-by="Dr. Ben Soffer, DO"
        reviewed-on="2026-05-31"
      ></medical-disclaimer>
    </div>
    <div class="demo-state">
      <h3>Update line as on “Ketamine Therapy for Addiction”: updated-on 2026-05-06</h3>
      <medical-disclaimer kind="all" updated-on="2026-05-06"></medical-disclaimer>
    </div>
    <div class="demo-state">
      <h3>
        Review overdue: reviewed-on 2024-05-31, review-interval 365 (readers see the dates as they
        are; the flag above is the demo's)
      </h3>
      <medical-disclaimer
        reviewed-by="Dr. Ben Soffer, DO"
        reviewed-on="2024-05-31"
        updated-on="2024-06-15"
      ></medical-disclaimer>
    </div>
    <div class="demo-state">
      <h3>The clinic's own text in the default slot; the review line stays</h3>
      <medical-disclaimer reviewed-on="2026-05-31">
        <p>
          <strong>Example Clinic</strong> shares this page for general education. Please ask our
          team about your own care.
        </p>
      </medical-disclaimer>
    </div>
  `,
};
