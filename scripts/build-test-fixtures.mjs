// Builds what the browser tests load but cannot compile themselves: the React host app
// (React ships CommonJS, which the test server does not convert).
import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['test/react-host/app.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outfile: 'test-results/react-app.js',
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
});

// A copy of the CMS build deep in a partner's site (test/host-pages/host.ts, CDN_BUILD_COPY):
// the loader must find its chunks beside itself at any path.
const copy = 'test-results/partner-site/wp-content/plugins/clinic/assets';
rmSync(copy, { recursive: true, force: true });
cpSync('dist/cdn', copy, { recursive: true });
