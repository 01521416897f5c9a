import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** What focusing a control changed on screen, against WCAG 2.4.13 (Focus Appearance). */
export interface FocusRing {
  /** Pixels whose colour changed by a contrast of at least 3:1 between the two states. */
  area: number;
  /** The area of a 2 CSS px thick perimeter of the unfocused control. */
  required: number;
}

const PAD = 8;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

function luminance(r: number, g: number, b: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const la = luminance(a[0]!, a[1]!, a[2]!);
  const lb = luminance(b[0]!, b[1]!, b[2]!);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Chromium's own rendering of an area of the viewport (CSS px), as pixels. */
async function screenshot(rect: { x: number; y: number; width: number; height: number }) {
  const base64 = await executeServerCommand<string, object>('capture-screenshot', {
    // Page.captureScreenshot takes document coordinates.
    x: rect.x + scrollX,
    y: rect.y + scrollY,
    width: rect.width,
    height: rect.height,
  });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/** Chromium's rendering of an element's box, as RGBA pixels. */
export async function capture(element: Element): Promise<Uint8ClampedArray> {
  const box = element.getBoundingClientRect();
  await frame();
  return screenshot({
    x: Math.floor(box.left),
    y: Math.floor(box.top),
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
  });
}

/**
 * Screenshots a control and the 8 px around it unfocused, then focused from the keyboard's
 * point of view (`:focus-visible`), and measures the ring between the two.
 */
export async function measureFocusRing(control: HTMLElement): Promise<FocusRing> {
  control.scrollIntoView({ block: 'center' });
  ((control.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null)?.blur();
  (document.activeElement as HTMLElement | null)?.blur();
  const box = control.getBoundingClientRect();
  const rect = {
    x: Math.floor(box.left) - PAD,
    y: Math.floor(box.top) - PAD,
    width: Math.ceil(box.width) + 2 * PAD,
    height: Math.ceil(box.height) + 2 * PAD,
  };
  await frame();
  const before = await screenshot(rect);
  control.focus({ preventScroll: true });
  // A key press (that does nothing) makes it the focus a keyboard user sees.
  await sendKeys({ press: 'Shift' });
  if (!control.matches(':focus-visible')) throw new Error('focus is not keyboard-visible');
  await frame();
  const after = await screenshot(rect);
  let area = 0;
  for (let i = 0; i < before.length; i += 4) {
    const a = [before[i]!, before[i + 1]!, before[i + 2]!];
    const b = [after[i]!, after[i + 1]!, after[i + 2]!];
    if (contrast(a, b) >= 3) area += 1;
  }
  return { area, required: 2 * (2 * box.width + 2 * box.height) };
}
