import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import type { ContentIssue, ContentSource } from './issues.js';
import { ownCopy } from '../internal/own-copy.js';

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  /** Address of the clinic's JSON content, when the author gave one. */
  src?: string;
  /** Lets `updateComplete` wait for content still being resolved (see ClinicElement). */
  trackWork?(work: Promise<unknown>): void;
}

type Schema<T> = z.ZodMiniType<T>;
type Fallback<T> = { value: T; source: ContentSource } | undefined;

export interface ContentOptions<T> {
  /**
   * Loads the schema: `() => import('…/evidence.js').then((m) => m.evidenceSchema)`. Loaded,
   * with zod and the validator, only when an author actually gives content.
   */
  schema: () => Promise<Schema<T>>;
  /**
   * Content used when the author gave neither a JSON child nor `src`: pasted markup, a pack.
   * May return a promise, so a built-in pack can load only when it is shown.
   */
  fallback?: () => Fallback<T> | Promise<Fallback<T>>;
  /**
   * What the fallback depends on besides the element's sources, such as the locale of a
   * per-locale pack: when it changes, the fallback is read again.
   */
  fallbackKey?: () => string;
}

/** Detail of the `content-error` event every element fires when its content is unusable. */
export interface ContentErrorDetail {
  source: ContentSource;
  issues: ContentIssue[];
}

export type ContentStatus = 'ready' | 'loading' | 'error' | 'empty';

const JSON_CHILD = ':scope > script[type="application/json"]';
const FALLBACK = 'fallback';

/** Whether an author gave the element content of their own (a JSON child or `src`): then no built-in pack is read. */
export function hasOwnContent(el: Element): boolean {
  return el.hasAttribute('src') || !!el.querySelector(JSON_CHILD);
}

/**
 * Resolves an element's content from, in order: a `<script type="application/json">`
 * child, the `src` attribute, then the element's fallback. Invalid content is reported
 * once (console and `content-error`) and leaves `value` undefined; it never throws.
 */
export class ContentController<T> implements ReactiveController {
  /**
   * How long a `src` may take, in milliseconds, before the element gives up on it and shows
   * the notice (and its built-in content, where it has some): 10 seconds.
   */
  static srcTimeout = 10_000;

  value?: T;
  source?: ContentSource;
  issues: ContentIssue[] = [];
  status: ContentStatus = 'empty';

  private readonly host: ContentHost;
  private readonly options: ContentOptions<T>;
  private observer?: MutationObserver;
  private fetching?: AbortController;
  private loadedKey?: string;
  private reportedKey?: string;

  constructor(host: ContentHost, options: ContentOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Editors (and the demo's JSON panel) may change the JSON child after upgrade.
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.fetching?.abort();
    this.fetching = undefined;
    this.loadedKey = undefined;
  }

  hostUpdate(): void {
    const key = this.sourceKey();
    if (key !== this.loadedKey) this.load(key);
  }

  /** Re-reads every source now; call after changing what the fallback returns. */
  refresh(): void {
    this.loadedKey = undefined;
    this.host.requestUpdate();
  }

  /** What the content comes from now: `json:<text>`, `src:<address>` or the fallback. */
  private sourceKey(): string {
    // A server renderer cannot see the element's children nor fetch: it renders the fallback.
    if (isServer) return this.fallbackKey();
    const script = this.host.querySelector<HTMLScriptElement>(JSON_CHILD);
    if (script) return `json:${script.textContent ?? ''}`;
    if (this.host.src) return `src:${this.host.src}`;
    return this.fallbackKey();
  }

  private fallbackKey(): string {
    return `${FALLBACK}:${this.options.fallbackKey?.() ?? ''}`;
  }

  private load(key: string): void {
    this.loadedKey = key;
    this.fetching?.abort();
    this.fetching = undefined;
    if (key.startsWith('json:') || key.startsWith('src:')) {
      this.readAuthorContent(key);
      return;
    }
    const fallback = this.options.fallback?.();
    if (fallback instanceof Promise) {
      this.status = 'loading';
      this.track(
        key,
        fallback.then((f) => this.useFallback(f)),
      );
    } else {
      this.useFallback(fallback);
    }
  }

  private useFallback(fallback: Fallback<T>): void {
    this.value = ownCopy(fallback?.value);
    this.source = fallback?.source;
    this.issues = [];
    this.status = fallback ? 'ready' : 'empty';
  }

  /** Re-renders when the work is done; `updateComplete` waits for it. */
  private track(key: string, work: Promise<void>): void {
    const done = work.then(() => {
      if (this.loadedKey === key) this.host.requestUpdate();
    });
    this.host.trackWork?.(done);
  }

  // The reader, the validator and zod load only when an author gives content.
  private readAuthorContent(key: string): void {
    const abort = new AbortController();
    this.fetching = abort;
    const source: ContentSource = key.startsWith('json:') ? 'json' : 'src';
    const input = source === 'json' ? { json: key.slice(5) } : { src: key.slice(4) };
    this.source = source;
    this.value = undefined;
    this.status = 'loading';
    const work = import('./author-content.js').then(async (reader) => {
      const checked = await reader
        .readAuthorContent(input, this.options.schema, abort.signal, ContentController.srcTimeout)
        // Whatever goes wrong on a hostile page ends in the notice, never in a blank element.
        .catch((error: unknown) => ({
          ok: false as const,
          issues: [{ path: '(root)', message: `could not be checked (${String(error)})` }],
        }));
      if (abort.signal.aborted || this.loadedKey !== key) return;
      this.fetching = undefined;
      this.source = source;
      if (checked.ok) {
        this.value = checked.value;
        this.issues = [];
        this.status = 'ready';
        this.reportedKey = undefined;
        return;
      }
      this.issues = checked.issues;
      this.status = 'error';
      const reported = `${source}:${JSON.stringify(checked.issues)}`;
      if (reported === this.reportedKey) return;
      this.reportedKey = reported;
      reader.reportIssues(this.host, source, checked.issues);
    });
    // A JSON child is local: `updateComplete` waits for it. A `src` is the network: it does not.
    if (source === 'json') this.track(key, work);
    else void work.then(() => this.host.requestUpdate());
  }
}

declare global {
  interface HTMLElementEventMap {
    'content-error': CustomEvent<ContentErrorDetail>;
  }
}
