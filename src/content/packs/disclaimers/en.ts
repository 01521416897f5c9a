import type { Disclaimers } from '../../disclaimers.js';

/**
 * The built-in notices, written from the clinic's articles (their "Medical Safety",
 * "Legal And Access Context" and "Medical Disclaimer" paragraphs) in our own words.
 * Checked against `disclaimersSchema` in the tests.
 *
 * This module: the English text (one chunk per locale).
 */
const pack: Disclaimers = {
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
};

export default pack;
