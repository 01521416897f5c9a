/** Every tag this library defines. */
export const TAGS = [
  'clinic-context',
  'crisis-banner',
  'medical-disclaimer',
  'evidence-card',
  'eligibility-check',
  'faq-list',
  'quick-exit',
  'cost-estimate',
  'key-takeaways',
  'source-list',
] as const;

/**
 * Resolves once the given tags (default: every tag this library defines) are registered,
 * so a page can call element methods such as `reset()` safely.
 */
export async function ready(tags: readonly string[] = TAGS): Promise<void> {
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
}
