// Type-checked, never bundled: each line below must be a type error (tsc fails otherwise).
const banner = document.querySelector('crisis-banner')!;
// @ts-expect-error: 'de' is not a supported locale.
banner.locale = 'de';
// @ts-expect-error: 'ZA' is not one of the regions.
banner.region = 'ZA';
// @ts-expect-error: not one of the variants.
banner.variant = 'loud';
// @ts-expect-error: internal, not public API.
banner.trackWork(Promise.resolve());
// @ts-expect-error: internal, not public API.
void banner.resolvedLocale;
document.querySelector('faq-list')!.addEventListener('faq-toggle', (event) => {
  // @ts-expect-error: the detail is { id, open }, no answer.
  void event.detail.answer;
});
document.querySelector('cost-estimate')!.addEventListener('estimate-change', (event) => {
  // @ts-expect-error: the detail is { pathway, sessions, total }, nothing about the reader.
  void event.detail.answers;
});
// @ts-expect-error: not one of the variants.
document.querySelector('cost-estimate')!.variant = 'banner';
