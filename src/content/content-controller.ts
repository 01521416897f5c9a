import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import type { Checked, ContentIssue, ContentSource } from './issues.js';
import { parseJson } from './parse-json.js';

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
}

/** Detail of the `content-error` event every element fires when its content is unusable. */
export interface ContentErrorDetail {
  source: ContentSource;
  issues: ContentIssue[];
}

export type ContentStatus = 'ready' | 'loading' | 'error' | 'empty';

const JSON_CHILD = ':scope > script[type="application/json"]';

/**
 * Resolves an element's content from, in order: a `<script type="application/json">`
 * child, the `src` attribute, then the element's fallback. Invalid content is reported
 * once (console and `content-error`) and leaves `value` undefined; it never throws.
 */
export class ContentController<T> implements ReactiveController {
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

  private jsonChild(): HTMLScriptElement | null {
    return this.host.querySelector<HTMLScriptElement>(JSON_CHILD);
  }

  private sourceKey(): string {
    const script = this.jsonChild();
    if (script) return `json:${script.textContent ?? ''}`;
    if (this.host.src) return `src:${this.host.src}`;
    return 'fallback';
  }

  private load(key: string): void {
    this.loadedKey = key;
    this.fetching?.abort();
    this.fetching = undefined;
    const script = this.jsonChild();
    if (script) {
      this.settle(key, this.accept('json', parseJson(script.textContent ?? '')));
    } else if (this.host.src) {
      void this.fetchSrc(this.host.src);
    } else {
      const fallback = this.options.fallback?.();
      this.settle(
        key,
        fallback instanceof Promise
          ? fallback.then((f) => this.useFallback(f))
          : this.useFallback(fallback),
      );
    }
  }

  private useFallback(fallback: Fallback<T>): void {
    this.value = fallback?.value;
    this.source = fallback?.source;
    this.issues = [];
    this.status = fallback ? 'ready' : 'empty';
  }

  /** Work that finished synchronously renders in this update; a promise re-renders when done. */
  private settle(key: string, work: void | Promise<void>): void {
    if (!(work instanceof Promise)) return;
    this.status = 'loading';
    const done = work.then(() => {
      if (this.loadedKey === key) this.host.requestUpdate();
    });
    this.host.trackWork?.(done);
  }

  private async fetchSrc(url: string): Promise<void> {
    const abort = new AbortController();
    this.fetching = abort;
    this.status = 'loading';
    this.value = undefined;
    this.source = 'src';
    let parsed: ReturnType<typeof parseJson>;
    try {
      const response = await fetch(new URL(url, document.baseURI), { signal: abort.signal });
      parsed = response.ok
        ? parseJson(await response.text())
        : {
            ok: false,
            issues: [{ path: '(src)', message: `${url} answered HTTP ${response.status}` }],
          };
    } catch (error) {
      if (abort.signal.aborted) return;
      parsed = {
        ok: false,
        issues: [
          { path: '(src)', message: `${url} could not be loaded (${(error as Error).message})` },
        ],
      };
    }
    if (abort.signal.aborted) return;
    this.fetching = undefined;
    await this.accept('src', parsed);
    if (!abort.signal.aborted) this.host.requestUpdate();
  }

  private accept(
    source: ContentSource,
    parsed: ReturnType<typeof parseJson>,
  ): void | Promise<void> {
    if (!parsed.ok) return this.apply(source, parsed);
    return Promise.all([this.options.schema(), import('./issues.js')]).then(([schema, { check }]) =>
      this.apply(source, check(schema, parsed.value)),
    );
  }

  private apply(source: ContentSource, checked: Checked<T> | Checked<unknown>): void {
    this.source = source;
    if (checked.ok) {
      this.value = checked.value as T;
      this.issues = [];
      this.status = 'ready';
      this.reportedKey = undefined;
      return;
    }
    this.value = undefined;
    this.issues = checked.issues;
    this.status = 'error';
    this.report(source, checked.issues);
  }

  private report(source: ContentSource, issues: ContentIssue[]): void {
    const key = `${source}:${JSON.stringify(issues)}`;
    if (key === this.reportedKey) return;
    this.reportedKey = key;
    const tag = this.host.localName;
    const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
    console.error(
      `<${tag}>: content from ${describeSource(source)} is invalid and was not shown:\n${lines}`,
    );
    this.host.dispatchEvent(
      new CustomEvent<ContentErrorDetail>('content-error', {
        bubbles: true,
        composed: true,
        detail: { source, issues },
      }),
    );
  }
}

function describeSource(source: ContentSource): string {
  switch (source) {
    case 'json':
      return 'the <script type="application/json"> child';
    case 'src':
      return 'the src attribute';
    case 'markup':
      return 'the pasted markup';
    case 'pack':
      return 'the built-in pack';
  }
}

declare global {
  interface HTMLElementEventMap {
    'content-error': CustomEvent<ContentErrorDetail>;
  }
}
