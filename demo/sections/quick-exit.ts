import { html } from 'lit';
import type { DemoSection } from './index.js';

/** In this gallery every quick exit comes back here (a reload): a designer is not sent away. */
const back = () => location.href.split('#')[0]!;

export const quickExitSection: DemoSection = {
  tag: 'quick-exit',
  title: 'a way to leave the page at once (here it reloads this gallery)',
  render: () => html`
    <style>
      .demo-scroll {
        height: 14rem;
        overflow: auto;
        border: 1px dashed #6b7580;
      }
      .demo-scroll p {
        margin: 1rem;
      }
    </style>
    <div class="demo-state">
      <h3>
        variant="inline" (default): the button, the Shift shortcut and the line on what it does not
        clear
      </h3>
      <quick-exit href=${back()}></quick-exit>
    </div>
    <div class="demo-state">
      <h3>no-shortcut: the button alone</h3>
      <quick-exit href=${back()} no-shortcut></quick-exit>
    </div>
    <div class="demo-state">
      <h3>
        variant="sticky" below a sticky banner: both stay at the top of their scrolling area, taking
        their own space
      </h3>
      <div
        class="demo-scroll"
        tabindex="0"
        role="group"
        aria-label="Scrolling article with a sticky banner and quick exit"
      >
        <crisis-banner variant="compact" sticky></crisis-banner>
        <quick-exit href=${back()} variant="sticky" no-shortcut></quick-exit>
        ${[1, 2, 3, 4, 5, 6].map(
          (n) => html`<p lang="en">Article paragraph ${n}: scroll to see both stay in view.</p>`,
        )}
      </div>
    </div>
    <div class="demo-state">
      <h3>Inside the crisis banner: quick-exit</h3>
      <crisis-banner variant="inline" quick-exit quick-exit-href=${back()}></crisis-banner>
    </div>
    <div class="demo-state">
      <h3>Inside the pre-screen: quick-exit</h3>
      <eligibility-check quick-exit quick-exit-href=${back()}></eligibility-check>
    </div>
  `,
};
