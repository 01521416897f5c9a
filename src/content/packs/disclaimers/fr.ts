import type { Disclaimers } from '../../disclaimers.js';

/** The Canadian French of the pack (`en.ts` says where it comes from). */
const pack: Disclaimers = {
  educational: {
    title: 'Mise en garde médicale',
    text: [
      'Ces renseignements sont fournis à titre éducatif seulement. Ils ne constituent pas un avis médical et ne servent ni à diagnostiquer ni à traiter un problème de santé. Les lois, l’accès aux soins et les règles de prescription varient d’un territoire à l’autre.',
    ],
  },
  safety: {
    title: 'Sécurité médicale',
    text: [
      'La thérapie assistée par psychédéliques ne convient pas à tout le monde. Une évaluation attentive de chaque personne, la révision de vos médicaments, la recherche de contre-indications et un suivi clinique continu sont essentiels. Parlez-en avec un professionnel de la santé autorisé avant de prendre une décision de traitement.',
    ],
  },
  access: {
    title: 'Cadre légal et accès',
    text: [
      'La kétamine peut être utilisée dans des milieux médicaux réglementés, y compris en psychiatrie hors indication là où c’est permis. L’eskétamine (Spravato) n’est autorisée que pour des indications précises et doit être administrée selon des exigences qui lui sont propres.',
    ],
  },
};

export default pack;
