// Type-checked, never bundled: each marked line must be a type error (tsc fails otherwise).
import { CrisisBanner, FaqList } from 'clinic-widgets/react';

export const wrong = (
  <>
    {/* @ts-expect-error: 'de' is not a supported locale. */}
    <CrisisBanner locale="de" />
    {/* @ts-expect-error: the detail is { id, open }. */}
    <FaqList onFaqToggle={(event) => event.detail.answer} />
  </>
);
