import '../src/index.js';
import manifest from '../custom-elements.json';
import type { Manifest } from './manifest.js';
import { mountPlayground } from './playground-app.js';

mountPlayground(document.querySelector<HTMLElement>('#app')!, {
  manifest: manifest as Manifest,
  syncUrl: true,
});
