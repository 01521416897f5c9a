import type { EligibilityStrings } from './index.js';

const strings: EligibilityStrings = {
  title: 'Présélection\u00a0: thérapie assistée par la kétamine et rétablissement d’une dépendance',
  intro:
    'Quelques questions, une à la fois, sur les points que la clinique vérifie avant d’envisager la kétamine.',
  privacy: 'Vos réponses restent sur cette page\u00a0: rien n’est envoyé ni enregistré.',
  start: 'Commencer la présélection',
  loadingQuestions: 'Chargement des questions…',
  loadFailed: 'Les questions n’ont pas pu être chargées. Vérifiez votre connexion, puis réessayez.',
};

export default strings;
