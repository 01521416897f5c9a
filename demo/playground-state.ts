/**
 * The playground's settings and their URL form, so any configuration can be linked:
 * `?element=crisis-banner&locale=fr&attr.variant=compact&accent=%23a4161a&viewport=phone`.
 */
import type { CrisisRegion, Locale } from '../src/context/clinic-context.js';
import { asLocale, crisisRegionOf } from '../src/context/locale.js';
import type { AttributeSpec, ElementSpec } from './manifest.js';
import { asTheme, type HostTheme } from './state.js';
import { cleanTokens, type ThemeTokens } from './theme.js';

export const VIEWPORTS = [
  { id: 'phone', label: 'Phone (375 px)', width: '375px' },
  { id: 'tablet', label: 'Tablet (768 px)', width: '768px' },
  { id: 'desktop', label: 'Desktop (full width)', width: '100%' },
] as const;
export type Viewport = (typeof VIEWPORTS)[number]['id'];

export interface PlaygroundState {
  tag: string;
  /** The current element's attributes that differ from absent (booleans as true). */
  attributes: Record<string, string | boolean>;
  locale: Locale;
  region?: CrisisRegion;
  clinicName: string;
  intakeUrl: string;
  phone: string;
  theme: HostTheme;
  tokens: ThemeTokens;
  viewport: Viewport;
  /** JSON content as typed; '' for the element's built-in content. */
  content: string;
  /** The folder of the clinic's site that holds clinic-widgets.js and .css. */
  folder: string;
}

export const PLAYGROUND_DEFAULTS = {
  clinicName: 'Example Clinic',
  intakeUrl: '/book',
  phone: '',
  folder: '/assets/',
};

const ATTR = 'attr.';

/** An attribute value from the URL, kept only if its control could have produced it. */
function attributeValue(spec: AttributeSpec, raw: string): string | boolean | undefined {
  switch (spec.kind) {
    case 'boolean':
      return raw === '' || raw === 'true' || raw === spec.name ? true : undefined;
    case 'enum':
      return spec.options.includes(raw) ? raw : undefined;
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? raw.trim() : undefined;
    default:
      return raw;
  }
}

export function readPlayground(search: string, widgets: ElementSpec[]): PlaygroundState {
  const params = new URLSearchParams(search);
  const element = widgets.find((w) => w.tag === params.get('element')) ?? widgets[0];
  const attributes: Record<string, string | boolean> = {};
  for (const spec of element?.attributes ?? []) {
    const raw = params.get(ATTR + spec.name);
    if (raw === null) continue;
    const value = attributeValue(spec, raw);
    if (value !== undefined && value !== '') attributes[spec.name] = value;
  }
  const viewport = VIEWPORTS.find((v) => v.id === params.get('viewport'))?.id ?? 'desktop';
  return {
    tag: element?.tag ?? '',
    attributes,
    locale: asLocale(params.get('locale')) ?? 'en',
    region: crisisRegionOf(params.get('region')),
    clinicName: params.get('clinic-name') ?? PLAYGROUND_DEFAULTS.clinicName,
    intakeUrl: params.get('intake-url') ?? PLAYGROUND_DEFAULTS.intakeUrl,
    phone: params.get('phone') ?? PLAYGROUND_DEFAULTS.phone,
    theme: asTheme(params.get('theme')),
    tokens: cleanTokens({
      accent: params.get('accent'),
      font: params.get('font'),
      radius: params.get('radius'),
      spacing: params.get('spacing'),
    }),
    viewport,
    content: params.get('content') ?? '',
    folder: params.get('folder') ?? PLAYGROUND_DEFAULTS.folder,
  };
}

export function playgroundParams(state: PlaygroundState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('element', state.tag);
  params.set('locale', state.locale);
  if (state.region) params.set('region', state.region);
  for (const [name, value] of Object.entries(state.attributes)) {
    params.set(ATTR + name, value === true ? '' : String(value));
  }
  if (state.clinicName !== PLAYGROUND_DEFAULTS.clinicName)
    params.set('clinic-name', state.clinicName);
  if (state.intakeUrl !== PLAYGROUND_DEFAULTS.intakeUrl) params.set('intake-url', state.intakeUrl);
  if (state.phone !== PLAYGROUND_DEFAULTS.phone) params.set('phone', state.phone);
  if (state.theme === 'dark') params.set('theme', 'dark');
  const { accent, font, radius, spacing } = state.tokens;
  if (accent) params.set('accent', accent);
  if (font) params.set('font', font);
  if (radius !== undefined) params.set('radius', String(radius));
  if (spacing !== undefined) params.set('spacing', String(spacing));
  if (state.viewport !== 'desktop') params.set('viewport', state.viewport);
  if (state.content.trim()) params.set('content', state.content);
  if (state.folder !== PLAYGROUND_DEFAULTS.folder) params.set('folder', state.folder);
  return params;
}
