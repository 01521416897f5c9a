// A small React 19 app that uses every element with properties and events, as a partner's
// React site would. Built by scripts/build-test-fixtures.mjs; mounted by test/react-host.test.ts.
import { createElement as h, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '../../src/index.js';
import { candidateAnswers } from '../helpers/fixtures.js';

export interface AppLog {
  outcomes: string[];
  toggles: string[];
  estimates: string[];
}

const CANDIDATE = candidateAnswers();

function App({ log }: { log: AppLog }) {
  const [locale, setLocale] = useState('en');
  const [lastToggle, setLastToggle] = useState('none');
  return h(
    'clinic-context',
    { locale, region: 'CA', 'clinic-name': 'React Clinic', 'intake-url': '/intake' },
    h('button', { id: 'to-french', onClick: () => setLocale('fr') }, 'Français'),
    h('p', { id: 'last-toggle' }, lastToggle),
    h('quick-exit', { href: 'https://weather.gc.ca/' }),
    h('crisis-banner', { variant: 'compact' }),
    h('medical-disclaimer', { kind: 'safety', 'reviewed-on': '2026-05-31' }),
    h('evidence-card', { substance: 'cocaine' }),
    // A property, not an attribute: React 19 sets it on the element.
    h('eligibility-check', {
      answers: CANDIDATE,
      'oneligibility-result': (event: CustomEvent<{ outcome: string }>) =>
        log.outcomes.push(event.detail.outcome),
    }),
    h('faq-list', {
      pack: 'ketamine-addictive',
      'onfaq-toggle': (event: CustomEvent<{ id: string; open: boolean }>) => {
        log.toggles.push(`${event.detail.id}:${event.detail.open}`);
        setLastToggle(event.detail.id);
      },
    }),
    h('cost-estimate', {
      sessions: 2,
      'onestimate-change': (event: CustomEvent<{ pathway: string; sessions: number }>) =>
        log.estimates.push(`${event.detail.pathway}:${event.detail.sessions}`),
    }),
    h('key-takeaways', { pack: 'ketamine-addictive', variant: 'compact' }),
    h('source-list', { pack: 'ketamine-addiction' }),
  );
}

export function mount(container: HTMLElement): { root: Root; log: AppLog } {
  const log: AppLog = { outcomes: [], toggles: [], estimates: [] };
  const root = createRoot(container);
  flushSync(() => root.render(h(App, { log })));
  return { root, log };
}
