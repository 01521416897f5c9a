import type { Plugin } from 'vite';
export const SHADOWABLE_GLOBALS: string[];
export function hardenCode(code: string, options?: { entry?: boolean }): string;
export function hostilePage(): Plugin;
