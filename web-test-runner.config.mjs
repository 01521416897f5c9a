import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(
    `npm test needs Chrome or Chromium: none at ${chromePath}. Install it (Debian: apt-get install chromium) or set CHROME_PATH to its path.`,
  );
  process.exit(1);
}

/** Counts every test of the run and writes `tests: N passed, N failed` for .ci/run. */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && session.errors.length > 0) totals.brokenFiles += 1;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/summary.json', JSON.stringify(totals, null, 2));
      const failed = totals.failed + totals.brokenFiles;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`tests: ${totals.passed} passed, ${failed} failed${skipped}`);
    },
  };
}

/**
 * `emulate-forced-colors` ({ active }): Windows High Contrast as Chromium emulates it. The
 * stock emulateMedia command does not pass `forced-colors` through, so this talks CDP.
 */
function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * `/test/never-ending.json`: a `src` that never finishes. The server holds the request open
 * until the page gives up on it (the widgets' timeout) or goes away.
 */
function neverEnding(ctx, next) {
  if (ctx.path !== '/test/never-ending.json') return next();
  return new Promise((resolve) => ctx.req.once('close', resolve)).then(() => {
    ctx.status = 204;
  });
}

/**
 * `/test/network?watch=<regex>` counts the requests whose path matches from then on, and with
 * `&hold` holds them until `/test/network?release` (`&fail`: answers them 503 until then);
 * `/test/network` answers `{ "count": N }`.
 * A slow network on cue, and proof of what a page did (or did not) fetch. The chunks tests
 * count are served `no-store` (every other file stays cached, as pages that race their
 * script expect), so every host page's fetch of them reaches the server.
 */
const UNCACHED =
  /^\/dist\/cdn\/eligibility-(engine|questionnaire|check-questionnaire\.\w+)-[\w-]+\.js$/;
function networkOnCue() {
  let watched;
  let holding = false;
  let failing = false;
  let count = 0;
  let held = [];
  return async (ctx, next) => {
    if (ctx.path === '/test/network') {
      if (ctx.query.watch !== undefined) {
        watched = new RegExp(String(ctx.query.watch));
        holding = ctx.query.hold !== undefined;
        failing = ctx.query.fail !== undefined;
        count = 0;
      }
      if (ctx.query.release !== undefined) {
        holding = false;
        failing = false;
        held.forEach((release) => release());
        held = [];
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'json';
      ctx.body = JSON.stringify({ count });
      return undefined;
    }
    if (UNCACHED.test(ctx.path)) {
      // Never from the cache, so each host page's fetches reach the server to be counted. The
      // runner's own cache middleware sets a year's max-age after every other: overrule it.
      const setHeader = ctx.res.setHeader.bind(ctx.res);
      ctx.res.setHeader = (name, value) =>
        setHeader(name, /^cache-control$/i.test(name) ? 'no-store' : value);
    }
    if (watched?.test(ctx.path)) {
      count += 1;
      if (holding) await new Promise((release) => held.push(release));
      if (failing) {
        ctx.status = 503;
        return undefined;
      }
    }
    return next();
  };
}

/**
 * `watch-exceptions` / `read-exceptions`: every uncaught exception of the test page and its
 * iframes, as Chromium's DevTools protocol sees them. Needed where a page erases its own
 * listeners (`document.open()` does) yet an exception still reaches the console.
 */
function exceptionsCommand() {
  const watches = new Map();
  return {
    name: 'page-exceptions',
    async executeCommand({ command, session }) {
      if (command === 'watch-exceptions') {
        const cdp = await session.browser.getPage(session.id).createCDPSession();
        const seen = [];
        // Runtime.enable replays exceptions of earlier tests: keep those from now on only.
        const since = Date.now();
        cdp.on('Runtime.exceptionThrown', ({ timestamp, exceptionDetails: d }) => {
          if (timestamp >= since) seen.push(d.exception?.description ?? d.text);
        });
        await cdp.send('Runtime.enable');
        watches.set(session.id, { cdp, seen });
        return true;
      }
      if (command === 'read-exceptions') {
        const watch = watches.get(session.id);
        watches.delete(session.id);
        await watch?.cdp.detach();
        return watch?.seen ?? [];
      }
      return undefined;
    },
  };
}

/** One CDP session per test page, kept so that emulation set through it stays in force. */
const cdpSessions = new WeakMap();
async function cdpFor(session) {
  const page = session.browser.getPage(session.id);
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
}

/**
 * Instruments for the accessibility tests (test/a11y-*.test.ts), all through CDP:
 * - `capture-screenshot` ({ x, y, width, height }): a PNG of that part of the viewport, base64.
 * - `accessibility-tree`: Chromium's full accessibility tree as a screen reader gets it,
 *   each node with its role, name, heading level and the `lang` that applies to its DOM node.
 */
function accessibilityCommands() {
  return {
    name: 'accessibility-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'capture-screenshot') {
        const cdp = await cdpFor(session);
        const { data } = await cdp.send('Page.captureScreenshot', {
          format: 'png',
          clip: { ...payload, scale: 1 },
        });
        return data;
      }
      if (command === 'accessibility-tree') {
        const cdp = await cdpFor(session);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        // Document order, as a screen reader's virtual cursor meets the nodes.
        const ordered = [];
        const visit = (node) => {
          ordered.push(node);
          for (const id of node.childIds ?? []) if (byId.has(id)) visit(byId.get(id));
        };
        visit(nodes.find((node) => !node.parentId) ?? nodes[0]);
        const out = [];
        for (const node of ordered) {
          if (node.ignored || node.backendDOMNodeId === undefined) continue;
          const role = node.role?.value;
          if (role === 'InlineTextBox' || role === 'none') continue;
          const property = (name) => node.properties?.find((p) => p.name === name)?.value?.value;
          const facts = await domFacts(cdp, node.backendDOMNodeId);
          if (!facts?.inside) continue;
          out.push({
            role,
            name: node.name?.value ?? '',
            level: property('level'),
            invalid: property('invalid'),
            description: node.description?.value,
            ...facts,
          });
        }
        return out;
      }
      return undefined;
    },
  };
}

/**
 * `/test/fuzz-settings.js`: how long the fuzz test runs. `npm test` uses a fixed seed and 200
 * runs per property; `FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx wtr test/fuzz.test.ts` runs longer.
 */
function fuzzSettings() {
  const runs = Number(process.env.FUZZ_RUNS) || 200;
  const seed = Number(process.env.FUZZ_SEED) || 20261201;
  return {
    name: 'fuzz-settings',
    serve(ctx) {
      if (ctx.path !== '/test/fuzz-settings.js') return undefined;
      return { body: `export const runs = ${runs};\nexport const seed = ${seed};\n`, type: 'js' };
    },
  };
}

/** Where an accessibility node sits: inside `[data-ax-root]`? which `lang` applies? */
async function domFacts(cdp, backendNodeId) {
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const up = (n) => n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
        let el = this.nodeType === 1 ? this : up(this);
        const start = el;
        let lang, inside = false, widget;
        for (let n = el; n && n.nodeType === 1; n = up(n)) {
          if (lang === undefined && n.hasAttribute('lang')) lang = n.getAttribute('lang');
          if (!widget && n.shadowRoot && n.localName.includes('-') && n !== start) widget = n.localName;
          if (n.hasAttribute('data-ax-root')) inside = true;
        }
        return { inside, lang, widget, tag: start && start.localName };
      }`,
    });
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
    return result.value;
  } catch {
    return undefined;
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page runs as a background tab, where requestAnimationFrame
  // (which fixture() waits on) stops firing. Each file takes well under a second anyway.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [neverEnding, networkOnCue()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    forcedColorsCommand(),
    exceptionsCommand(),
    fuzzSettings(),
    accessibilityCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [
    // The default reporter prints failures; the summary line is for CI.
    (await import('@web/test-runner')).defaultReporter(),
    summaryReporter(),
  ],
};
