import '../src/index.js';
import manifest from '../custom-elements.json';
import { mountGallery } from './gallery.js';
import type { Manifest } from './manifest.js';

mountGallery(document.querySelector<HTMLElement>('#app')!, {
  manifest: manifest as Manifest,
  syncUrl: true,
});
