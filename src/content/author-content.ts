import type * as z from 'zod/mini';
import type { ContentErrorDetail } from './content-controller.js';
import { check, type Checked, type ContentIssue, type ContentSource } from './issues.js';
import { parseJson } from './parse-json.js';
import { emit } from '../internal/emit.js';
import { checkUrl } from '../internal/safe-url.js';

/**
 * Reads and validates what a page's author gave: the JSON child's text, or the JSON at `src`.
 * Loaded by ContentController only when an author gives content, with zod and the schema.
 */
export async function readAuthorContent<T>(
  input: { json: string } | { src: string },
  loadSchema: () => Promise<z.ZodMiniType<T>>,
  signal: AbortSignal,
  timeout: number,
): Promise<Checked<T>> {
  const parsed =
    'json' in input ? parseJson(input.json) : await fetchJson(input.src, signal, timeout);
  return parsed.ok ? check(await loadSchema(), parsed.value) : parsed;
}

async function fetchJson(
  url: string,
  signal: AbortSignal,
  timeout: number,
): Promise<Checked<unknown>> {
  const problem = (message: string): Checked<unknown> => ({
    ok: false,
    issues: [{ path: '(src)', message }],
  });
  // The same guard as every link: a web address, or one on the page's own origin. A blob:
  // address is the page's own data (the designer preview and tests make them).
  const checked = url.startsWith('blob:')
    ? { ok: true as const, href: url }
    : checkUrl(url, { relative: true });
  if (!checked.ok) return problem(`${url} ${checked.problem}`);
  // A file that never finishes must not leave "Loading…" for ever: the reader gets the notice.
  const timer = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(new URL(checked.href, document.baseURI), {
      signal: AbortSignal.any([signal, timer]),
    });
    return response.ok
      ? parseJson(await response.text())
      : problem(`${url} answered HTTP ${response.status}`);
  } catch (error) {
    return problem(
      timer.aborted
        ? `${url} did not arrive within ${timeout / 1000} seconds`
        : `${url} could not be loaded (${(error as Error).message})`,
    );
  }
}

const SOURCES: Record<ContentSource, string> = {
  json: 'the <script type="application/json"> child',
  src: 'the src attribute',
  markup: 'the pasted markup',
  pack: 'the built-in pack',
};

/** One console error naming each bad field, and `content-error` for the page's own code. */
export function reportIssues(
  host: HTMLElement,
  source: ContentSource,
  issues: ContentIssue[],
): void {
  const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
  console.error(
    `<${host.localName}>: content from ${SOURCES[source]} is invalid and was not shown:\n${lines}`,
  );
  emit<ContentErrorDetail>(host, 'content-error', { source, issues });
}
