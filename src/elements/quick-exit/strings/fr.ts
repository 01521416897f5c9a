import type { QuickExitStrings } from './index.js';

const strings: QuickExitStrings = {
  leave: 'Quitter cette page',
  shortcut: 'Ou appuyez 3 fois rapidement sur Maj.',
  limits:
    'Quitter la page n’efface pas l’historique de votre navigateur. Pour que les pages n’y figurent pas, utilisez une fenêtre de navigation privée.',
  pressTwoMore: 'Appuyez encore 2 fois sur Maj pour quitter cette page.',
  pressOneMore: 'Appuyez encore 1 fois sur Maj pour quitter cette page.',
  expired: 'Raccourci pour quitter cette page annulé.',
  leaving: 'Vous quittez cette page…',
};

export default strings;
