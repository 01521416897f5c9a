/**
 * The theme tokens the playground lets a designer set, the dark host's token set, and a
 * contrast check. Pure: values are parsed strictly, so a value from the URL can only ever
 * be one a control could have produced.
 */
import type { HostTheme } from './state.js';

export interface ThemeTokens {
  /** `--cw-accent`: a `#rrggbb` colour. */
  accent?: string;
  /** `--cw-font`: one of FONT_CHOICES' values. */
  font?: string;
  /** `--cw-radius`, in rem. */
  radius?: number;
  /** `--cw-spacing`, in rem. */
  spacing?: number;
}

export const TOKEN_DEFAULTS = { accent: '#0b5cad', font: 'inherit', radius: 0.5, spacing: 1 };

export const FONT_CHOICES: { value: string; label: string }[] = [
  { value: 'inherit', label: "The page's font" },
  { value: 'system-ui, sans-serif', label: 'System sans-serif' },
  { value: "Georgia, 'Times New Roman', serif", label: 'Serif (Georgia)' },
  { value: "Verdana, 'DejaVu Sans', sans-serif", label: 'Wide sans-serif (Verdana)' },
];

export const RADIUS_RANGE = { min: 0, max: 2, step: 0.125 };
export const SPACING_RANGE = { min: 0.5, max: 2, step: 0.125 };

/**
 * The `--cw-*` values for a dark host page. Each text colour meets WCAG AA (4.5:1) on
 * both dark surfaces; checked in test/demo.test.ts.
 */
export const DARK_TOKENS: Record<string, string> = {
  '--cw-text': '#e8eaed',
  '--cw-text-muted': '#b9c1cb',
  '--cw-surface': '#1d2126',
  '--cw-surface-alt': '#272c33',
  '--cw-border': '#8d97a3',
  '--cw-accent': '#8cc2ff',
  '--cw-accent-text': '#0b1a2c',
  '--cw-danger': '#ff9b93',
  '--cw-danger-surface': '#3d1719',
  '--cw-warning': '#ffc978',
  '--cw-warning-surface': '#35270c',
  '--cw-success': '#86dc9c',
  '--cw-focus': '#a9d1ff',
};
/** The dark host page's own background, behind the widgets. */
export const DARK_PAGE = '#121417';

function inRange(value: number, range: { min: number; max: number }): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}

/** Keeps only valid, non-default values (what the URL and the snippet carry). */
export function cleanTokens(raw: {
  accent?: string | null;
  font?: string | null;
  radius?: string | number | null;
  spacing?: string | number | null;
}): ThemeTokens {
  const out: ThemeTokens = {};
  const accent = raw.accent?.toLowerCase();
  if (accent && /^#[0-9a-f]{6}$/.test(accent) && accent !== TOKEN_DEFAULTS.accent)
    out.accent = accent;
  if (
    raw.font &&
    raw.font !== TOKEN_DEFAULTS.font &&
    FONT_CHOICES.some((f) => f.value === raw.font)
  ) {
    out.font = raw.font;
  }
  const radius =
    raw.radius === null || raw.radius === undefined || raw.radius === '' ? NaN : Number(raw.radius);
  if (inRange(radius, RADIUS_RANGE) && radius !== TOKEN_DEFAULTS.radius) out.radius = radius;
  const spacing =
    raw.spacing === null || raw.spacing === undefined || raw.spacing === ''
      ? NaN
      : Number(raw.spacing);
  if (inRange(spacing, SPACING_RANGE) && spacing !== TOKEN_DEFAULTS.spacing) out.spacing = spacing;
  return out;
}

/** Every custom property to set for this host theme and these tokens, in order. */
export function themeProperties(host: HostTheme, tokens: ThemeTokens): [string, string][] {
  const props: [string, string][] = host === 'dark' ? Object.entries(DARK_TOKENS) : [];
  const set = (name: string, value: string) => {
    const at = props.findIndex(([n]) => n === name);
    if (at >= 0) props[at] = [name, value];
    else props.push([name, value]);
  };
  if (tokens.accent) {
    set('--cw-accent', tokens.accent);
    set('--cw-focus', tokens.accent);
    // Text on the accent: whichever of white or near-black reads better.
    set(
      '--cw-accent-text',
      contrast(tokens.accent, '#ffffff') >= contrast(tokens.accent, '#0b1a2c')
        ? '#ffffff'
        : '#0b1a2c',
    );
  }
  if (tokens.font) set('--cw-font', tokens.font);
  if (tokens.radius !== undefined) set('--cw-radius', `${tokens.radius}rem`);
  if (tokens.spacing !== undefined) set('--cw-spacing', `${tokens.spacing}rem`);
  return props;
}

/** The surface a widget sits on for this host theme (for the accent contrast hint). */
export function surfaceFor(host: HostTheme): string {
  return host === 'dark' ? DARK_TOKENS['--cw-surface']! : '#ffffff';
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
