import type { Strings } from '../types.js';
import type en from './en.js';

const common: Strings<typeof en> = {
  contentError: 'Une partie de ce contenu ne peut pas être affichée.',
  loading: 'Chargement…',
};

export default common;
