// Lighthouse's accessibility category on a partner's article page with every element
// (test/lighthouse/partner-article.html, the built bundle): it must score 100.
// Lean for CI: one page, one category, no throttling, Debian's Chromium (CHROME_PATH).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import lighthouse from 'lighthouse';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const root = process.cwd();
const PAGE = '/test/lighthouse/partner-article.html';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

// Only the page and the built files are served.
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (path !== PAGE && !path.startsWith('/dist/')) return response.writeHead(404).end();
  try {
    const body = readFileSync(join(root, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}${PAGE}`;

const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
const chromium = spawn(chromePath, [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--user-data-dir=${profile}`,
  '--remote-debugging-port=0',
  'about:blank',
]);
const port = await new Promise((resolve, reject) => {
  let said = '';
  chromium.stderr.on('data', (chunk) => {
    said += chunk;
    const found = said.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
    if (found) resolve(Number(found[1]));
  });
  chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${said}`)));
});

let failed = true;
try {
  const result = await lighthouse(
    url,
    { port, logLevel: 'error', output: 'json' },
    {
      extends: 'lighthouse:default',
      settings: {
        onlyCategories: ['accessibility'],
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1 },
        throttlingMethod: 'provided',
        disableStorageReset: true,
        disableFullPageScreenshot: true,
        skipAboutBlank: true,
        // The page is local and small: no waiting for a network or CPU to go quiet.
        pauseAfterFcpMs: 0,
        pauseAfterLoadMs: 0,
        networkQuietThresholdMs: 0,
        cpuQuietThresholdMs: 0,
      },
    },
  );
  const { categories, audits } = result.lhr;
  const score = Math.round(categories.accessibility.score * 100);
  const failing = categories.accessibility.auditRefs
    .map((ref) => audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1);
  for (const audit of failing) {
    console.error(`lighthouse: ${audit.id}: ${audit.title}`);
    for (const item of audit.details?.items ?? [])
      console.error(`  ${item.node?.snippet ?? ''} ${item.node?.explanation ?? ''}`);
  }
  console.log(`lighthouse accessibility: ${score} on ${PAGE}`);
  failed = score < 100;
} finally {
  await new Promise((resolve) => {
    chromium.once('exit', resolve);
    chromium.kill();
  });
  server.close();
  // Chromium's helper processes can still be writing to the profile just after it exits.
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}
process.exit(failed ? 1 : 0);
