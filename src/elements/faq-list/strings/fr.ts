import type { FaqStrings } from './index.js';

const strings: FaqStrings = {
  searchLabel: 'Rechercher dans les questions',
  showAll: 'Afficher toutes les réponses',
  hideAll: 'Masquer toutes les réponses',
  shown: (shown: number, total: number) =>
    `${shown} question${shown > 1 ? 's' : ''} sur ${total} affichée${shown > 1 ? 's' : ''}`,
  noMatch: (query: string) =>
    `Aucune question ne correspond à «\u00a0${query}\u00a0». Essayez un autre mot.`,
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  copyName: (action: string, question: string) => `${action}\u00a0: ${question}`,
  linkInAddressBar:
    'La copie est impossible ici. Le lien vers cette question est maintenant dans la barre d’adresse.',
};

export default strings;
