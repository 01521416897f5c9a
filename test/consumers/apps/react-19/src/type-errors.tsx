// Type-checked, never bundled: each marked line must be a type error (tsc fails otherwise).
import type {} from 'clinic-widgets/types/react';

export const wrong = (
  <>
    {/* @ts-expect-error: 'de' is not a supported locale. */}
    <crisis-banner locale="de" />
    {/* @ts-expect-error: 'ZA' is not one of the regions. */}
    <clinic-context region="ZA" />
    {/* @ts-expect-error: pack ids are a fixed set. */}
    <faq-list pack="ketamine-everything" />
    {/* @ts-expect-error: the event's detail has no answers. */}
    <eligibility-check oneligibility-result={(event) => event.detail.answers} />
    {/* @ts-expect-error: internals are not props. */}
    <evidence-card resolvedLocale="en" />
  </>
);
