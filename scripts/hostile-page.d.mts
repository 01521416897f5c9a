import type { Plugin } from 'vite';
export const SHADOWABLE_GLOBALS: string[];
export function hardenCode(code: string): string;
export function hostilePage(): Plugin;
