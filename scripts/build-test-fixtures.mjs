// Builds what the browser tests load but cannot compile themselves: the React host app
// (React ships CommonJS, which the test server does not convert).
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
