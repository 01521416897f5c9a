import type { Locale } from '../../context/clinic-context.js';
import type { Disclaimers } from '../disclaimers.js';

/**
 * The built-in notices, written from the clinic's articles (their "Medical Safety",
 * "Legal And Access Context" and "Medical Disclaimer" paragraphs) in our own words.
 * Checked against `disclaimersSchema` in the tests.
 */
export const disclaimersPack: Record<Locale, Disclaimers> = {
  en: {
    educational: {
      title: 'Medical disclaimer',
      text: [
        'This information is for education only. It is not medical advice, and it does not diagnose or treat any condition. Laws, access to care and prescribing rules vary from one jurisdiction to another.',
      ],
    },
    safety: {
      title: 'Medical safety',
      text: [
        'Psychedelic-assisted therapy is not right for everyone. Careful screening, a review of your medications, a check for contraindications and continued clinical oversight all matter. Talk with a licensed health professional before you make any decision about treatment.',
      ],
    },
    access: {
      title: 'Legal and access context',
      text: [
        'Ketamine can be used in regulated medical settings, including off-label psychiatric care where that is permitted. Esketamine (Spravato) is approved for specific indications only, and comes with its own requirements for how it is given.',
      ],
    },
  },
  fr: {
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
  },
};
