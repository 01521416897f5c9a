import type { Plugin } from 'vite';

export function collapseTemplateWhitespace(code: string, filename?: string): string;
export function minifyHtmlTemplates(): Plugin;
