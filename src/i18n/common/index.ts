import { catalogue } from '../catalogue.js';
import type en from './en.js';
import type { Strings } from '../types.js';

export type CommonStrings = Strings<typeof en>;

/** The strings every element shares (the content notice, the loading line). */
export const commonStrings = catalogue<CommonStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
