import { ready, type EstimateChangeDetail, type FaqToggleDetail } from 'clinic-widgets';

// The tag name map types querySelector; the event map types the listener.
const faq = document.querySelector('faq-list')!;
faq.searchable = true;
// A typed property of the quick exit (its variant union included).
document.querySelector('quick-exit')!.variant = 'sticky';
let toggles = 0;
faq.addEventListener('faq-toggle', (event) => {
  const detail: FaqToggleDetail = event.detail;
  if (typeof detail.open === 'boolean') toggles += 1;
  document.querySelector('#faq-toggles')!.textContent = String(toggles);
});
const cost = document.querySelector('cost-estimate')!;
cost.addEventListener('estimate-change', (event) => {
  const detail: EstimateChangeDetail = event.detail;
  document.querySelector('#estimate')!.textContent = String(detail.total.min);
});
await ready();
