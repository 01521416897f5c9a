import { nothing } from 'lit';
import { lazy } from '../content/lazy.js';
import { quickExitStrings } from '../elements/quick-exit/strings/index.js';
import type { Catalogue } from '../i18n/catalogue.js';
import type { QuickExitControl, QuickExitHost, QuickExitOptions } from './exit-control.js';
import type { Locale } from '../context/clinic-context.js';
import type { LocaleController } from './locale-controller.js';

type ExitControlModule = typeof import('./exit-control.js');

const exitControl = lazy(() => import('./exit-control.js'));
/**
 * The quick exit's code, loaded like strings (the same module in every locale): before the
 * first render that shows the control, and only by a widget that shows it.
 */
export const exitControlCode: Catalogue<ExitControlModule> = { en: exitControl, fr: exitControl };

/**
 * The quick exit inside another widget (`<crisis-banner quick-exit>`,
 * `<eligibility-check quick-exit>`): its strings and code load only when `shown()`, so a
 * widget without it downloads neither. Returns the view to put in the template (the host
 * adds `quickExitStyles` to its styles).
 */
export function embeddedQuickExit(
  host: QuickExitHost,
  l10n: LocaleController,
  options: Omit<QuickExitOptions, 'strings'>,
): (folded?: boolean) => unknown {
  const strings = l10n.use(quickExitStrings, options.shown);
  const code = l10n.use(exitControlCode, options.shown);
  let control: QuickExitControl | undefined;
  return (folded = false) => {
    if (!options.shown()) return nothing;
    control ??= new (code().QuickExitControl)(host, { ...options, strings });
    return control.view(folded);
  };
}

/** What a widget showing the quick exit (its `quick-exit` attribute) loads before it is defined (`ClinicElement.preload`). */
export function preloadExit(el: Element, locale: Locale): Promise<unknown>[] {
  return el.hasAttribute('quick-exit')
    ? [quickExitStrings[locale](), exitControlCode[locale]()]
    : [];
}
