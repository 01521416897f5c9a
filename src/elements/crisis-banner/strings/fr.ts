import type { BannerStrings } from './index.js';

const strings: BannerStrings = {
  label: 'Soutien en cas de crise',
  urgent: 'Urgence\u00a0:',
  danger:
    'Si vous ou une autre personne êtes en danger immédiat, appelez les services d’urgence maintenant.',
  dangerCall:
    'Si vous ou une autre personne êtes en danger immédiat, appelez les services d’urgence maintenant\u00a0:',
  compactDanger: 'Danger immédiat\u00a0:',
  compactServices: 'appelez les services d’urgence',
  dangerLocal:
    'Si vous ou une autre personne êtes en danger immédiat, appelez maintenant le numéro d’urgence de votre pays.',
  compactLocal: 'appelez le numéro d’urgence de votre pays',
  or: 'ou',
  call: (number: string) => `Appeler le ${number}`,
  text: (number: string) => `Texter le ${number}`,
  textWord: (word: string, number: string) => `Texter ${word} au ${number}`,
  inLanguages: (names: string[]) => names.map((name) => `en ${name}`).join(' et '),
  languages: { en: 'anglais', fr: 'français', es: 'espagnol' },
  details: 'Détails',
  detailsName: 'Détails du soutien en cas de crise',
};

export default strings;
