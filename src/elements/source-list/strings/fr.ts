import type { SourceListStrings } from './index.js';

const strings: SourceListStrings = {
  title: 'Sources',
  newTab: '(s’ouvre dans un nouvel onglet)',
  copy: 'Copier la référence',
  copied: 'Copiée',
  copyWhich: (n: number) => `${n}`,
  copiedAnnouncement: (n: number) => `Référence ${n} copiée.`,
  copyFailed: (n: number) =>
    `La référence ${n} ne peut pas être copiée ici. Sélectionnez son texte pour la copier.`,
  citedIn: 'Citée dans\u00a0:',
  backTo: 'retour à',
};

export default strings;
