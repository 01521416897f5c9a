import type { FaqContent } from '../../faq.js';

/**
 * The FAQ of the clinic's article "Is ketamine addictive?" (reviewed by Dr. Ben Soffer, DO,
 * on 2026-05-31), in our own words with every point kept.
 *
 * This module: the English text (one chunk per locale).
 */
const pack: FaqContent = {
  items: [
    {
      id: 'how-can-it-be-safe',
      question: 'If ketamine can be abused, how is it safe as a treatment?',
      answer:
        '<p>Supervised therapy removes the conditions that drive addiction: frequent, escalating use that the person directs, in pursuit of the high. Treatment uses low doses set by a physician, given episodically under supervision, after screening. The molecule has misuse potential; the structure of treatment is what keeps the risk low.</p>',
    },
    {
      id: 'cravings-between-sessions',
      question: 'Will I crave ketamine between sessions?',
      answer:
        '<p>Most people in a structured therapeutic program do not: low doses given episodically under supervision do not recreate the reinforcement that drives craving. A responsible program still watches for it, and you should report any craving, or any urge to use outside sessions.</p>',
    },
    {
      id: 'in-recovery-from-addiction',
      question: 'Can I do ketamine therapy if I’m in recovery from addiction?',
      answer:
        '<p>It depends, and it calls for honesty. Active substance use disorder is a contraindication. A past substance use disorder does not rule you out automatically, but it shapes the decision and the safeguards, and it is best handled together with your recovery care. Past misuse of ketamine itself is different: it is a hard exclusion. Ketamine is also being studied as a treatment for alcohol use disorder, but in a specialized, supervised setting: that is not a green light for unsupervised use.</p>',
    },
    {
      id: 'physical-dependence',
      question: 'Does ketamine cause physical dependence like opioids or benzos?',
      answer:
        '<p>Not in the same way. It does not cause the classic physical withdrawal syndrome of opioids or benzodiazepines. The concern with ketamine is psychological dependence and compulsive use with frequent recreational dosing, which supervised, episodic therapy is structured to avoid.</p>',
    },
  ],
};

export default pack;
