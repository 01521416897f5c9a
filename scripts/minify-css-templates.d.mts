import type { Plugin } from 'vite';
export function minifyCssTemplates(): Plugin;
