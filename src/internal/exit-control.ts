import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { QuickExitStrings } from '../elements/quick-exit/strings/index.js';
import { checkUrl } from './safe-url.js';

/**
 * The quick exit control ("Leave this page"), shared by `<quick-exit>`, `<crisis-banner
 * quick-exit>` and `<eligibility-check quick-exit>`: a button that hides the page at once
 * behind a plain overlay and replaces the location (Back does not return), and the Shift
 * shortcut, modelled on GOV.UK's "Exit this page" (three presses of Shift, here within a
 * second). It makes no request before it is used and stores nothing.
 */

/** Where the reader goes when the author names no address: neutral, in every region and language. */
export const DEFAULT_EXIT_HREF = 'https://www.wikipedia.org/';

/** Three presses of Shift on its own, the first and the third less than this far apart. */
const PRESSES = 3;
const WITHIN_MS = 1000;

/**
 * How the page is left, and the clock the shortcut reads: the one seam to the browser.
 * @internal Tests replace `replace` to watch the call without leaving the test page, and
 * `now` to press slowly without waiting.
 */
export const leaving = {
  replace(href: string): void {
    location.replace(href);
  },
  now(): number {
    return performance.now();
  },
};

type Announcement = 'pressTwoMore' | 'pressOneMore' | 'expired' | '';

export interface QuickExitOptions {
  /** Whether the host shows the control now. */
  shown(): boolean;
  /** The address as the author wrote it; empty or undefined for the default. */
  href(): string | undefined;
  /** Whether three presses of Shift leave the page through this control. */
  shortcut(): boolean;
  /** The control's strings in the host's locale (loaded whenever it is shown). */
  strings(): QuickExitStrings;
  /** Tells the author, once, that something is wrong. */
  authorError(message: string): void;
}

export type QuickExitHost = ReactiveControllerHost &
  HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

// One pair of listeners for the whole page, whatever the number of controls: the first one
// shown with its shortcut on answers (and announces) it.
const controls: QuickExitControl[] = [];
let presses: number[] = [];
let shiftDown = false;
let expiry: ReturnType<typeof setTimeout> | undefined;

function answering(): QuickExitControl | undefined {
  return controls.find((c) => c.host.checkVisibility()) ?? controls[0];
}

/** Shift pressed alone: not held (auto-repeat), not with Ctrl, Alt or Meta. Anything else breaks the sequence. */
function onKeyDown(event: KeyboardEvent): void {
  const alone = !event.repeat && !event.ctrlKey && !event.altKey && !event.metaKey;
  shiftDown = event.key === 'Shift' && alone;
  if (!shiftDown && presses.length) restart('');
}

/** A press counts when Shift comes up with nothing else pressed since it went down. */
function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift' || !shiftDown) return;
  shiftDown = false;
  const control = answering();
  if (!control) return;
  const now = leaving.now();
  presses = [...presses.filter((at) => now - at < WITHIN_MS), now];
  clearTimeout(expiry);
  if (presses.length >= PRESSES) {
    restart('');
    control.leave();
    return;
  }
  control.announce(presses.length === 1 ? 'pressTwoMore' : 'pressOneMore');
  // Said when the last press is a second old: the count starts again.
  expiry = setTimeout(() => restart('expired'), WITHIN_MS);
}

function restart(announcement: Announcement): void {
  presses = [];
  clearTimeout(expiry);
  answering()?.announce(announcement);
}

// Through EventTarget.prototype: a page's `<form name="addEventListener">` shadows the
// document's own member, and the way out must work on any page.
const { addEventListener: on, removeEventListener: off } = EventTarget.prototype;

function listen(listening: boolean): void {
  const method = listening ? on : off;
  method.call(document, 'keydown', onKeyDown as EventListener, true);
  method.call(document, 'keyup', onKeyUp as EventListener, true);
}

/** The control of one host: its button, its notes, its live region and its overlay. */
export class QuickExitControl implements ReactiveController {
  readonly host: QuickExitHost;
  private readonly options: QuickExitOptions;
  private announcement: Announcement = '';

  constructor(host: QuickExitHost, options: QuickExitOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Shown with its shortcut on: three presses of Shift may leave through it. */
  get listening(): boolean {
    return this.options.shown() && this.options.shortcut();
  }

  // Listens to the keyboard only while shown with its shortcut on: a page without the
  // control, or with the shortcut off, has no key listener of ours.
  hostUpdated(): void {
    this.register(this.host.isConnected && this.listening);
  }

  hostDisconnected(): void {
    this.register(false);
  }

  private register(on: boolean): void {
    const index = controls.indexOf(this);
    if (on === index >= 0) return;
    if (on) {
      if (controls.push(this) === 1) listen(true);
    } else {
      controls.splice(index, 1);
      if (controls.length === 0) listen(false);
    }
  }

  /** The address to leave for: the author's when it is a web address, else the default. */
  get href(): string {
    const raw = this.options.href()?.trim();
    if (!raw) return DEFAULT_EXIT_HREF;
    const checked = checkUrl(raw);
    if (checked.ok) return checked.href;
    this.options.authorError(
      `quick exit address "${raw}" ${checked.problem}; the default ${DEFAULT_EXIT_HREF} is used.`,
    );
    return DEFAULT_EXIT_HREF;
  }

  /**
   * Hides the page behind the overlay, then replaces the location: this page leaves the
   * history of the tab, so neither Back nor the browser's page cache brings it back.
   */
  readonly leave = (): void => {
    const href = this.href;
    const overlay = this.host.renderRoot.querySelector<HTMLDialogElement>('.quick-exit-overlay');
    try {
      // Modal: in the top layer over everything, and the page behind it inert to Tab and
      // screen readers while the next page loads.
      if (overlay && !overlay.open) overlay.showModal();
    } catch {
      // Not rendered (a hidden host): leave all the same.
    }
    leaving.replace(href);
  };

  /** What the live region beside the button says (a shortcut press, or the count reset). */
  announce(announcement: Announcement): void {
    if (this.announcement === announcement) return;
    this.announcement = announcement;
    this.host.requestUpdate();
  }

  /** The control; `folded` keeps only the button in view (its notes stay its description). */
  view(folded = false) {
    if (!this.options.shown()) return nothing;
    const t = this.options.strings();
    const shortcut = this.options.shortcut();
    return html`<div class="quick-exit" part="quick-exit">
      <button
        class="quick-exit-button"
        part="quick-exit-button"
        type="button"
        aria-describedby=${shortcut ? 'quick-exit-shortcut quick-exit-limits' : 'quick-exit-limits'}
        @click=${this.leave}
      >
        ${t.leave}
      </button>
      <p class="quick-exit-notes ${folded ? 'visually-hidden' : ''}" part="quick-exit-notes">
        ${shortcut ? html`<span id="quick-exit-shortcut">${t.shortcut}</span> ` : nothing}<span
          id="quick-exit-limits"
          >${t.limits}</span
        >
      </p>
      <p class="visually-hidden" role="status">
        ${this.listening && this.announcement ? t[this.announcement] : ''}
      </p>
      <dialog class="quick-exit-overlay" aria-label=${t.leaving} @cancel=${stay}>
        <p>${t.leaving}</p>
      </dialog>
    </div>`;
  }
}

/** Escape does not lift the overlay while the next page loads. */
const stay = (event: Event) => event.preventDefault();
