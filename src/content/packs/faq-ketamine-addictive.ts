import type { FaqPack } from '../faq.js';

/**
 * The FAQ of the clinic's article "Is ketamine addictive?" (reviewed by Dr. Ben Soffer, DO,
 * on 2026-05-31), in our own words with every point kept.
 */
export const faqKetamineAddictive: FaqPack = {
  en: {
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
  },
  fr: {
    items: [
      {
        id: 'how-can-it-be-safe',
        question:
          'Si la kétamine peut faire l’objet d’un mésusage, comment peut-elle être un traitement sûr?',
        answer:
          '<p>La thérapie supervisée supprime les conditions qui mènent à la dépendance : un usage fréquent, croissant, décidé par la personne elle-même, pour planer. Le traitement utilise de faibles doses fixées par un médecin, données de façon épisodique sous supervision, après une évaluation de chaque personne. La molécule présente un potentiel de mésusage; c’est la structure du traitement qui maintient le risque faible.</p>',
      },
      {
        id: 'cravings-between-sessions',
        question: 'Vais-je avoir envie de kétamine entre les séances?',
        answer:
          '<p>Pour la plupart des personnes suivies dans un programme thérapeutique structuré, non : de faibles doses données de façon épisodique sous supervision ne reproduisent pas le renforcement qui entraîne l’envie. Un programme responsable la surveille tout de même, et vous devriez signaler toute envie, ou toute impulsion à en consommer en dehors des séances.</p>',
      },
      {
        id: 'in-recovery-from-addiction',
        question:
          'Puis-je suivre une thérapie à la kétamine si je suis en rétablissement d’une dépendance?',
        answer:
          '<p>Cela dépend, et cela demande de l’honnêteté. Un trouble actif lié à l’usage de substances est une contre-indication. Un trouble passé lié à l’usage de substances ne vous exclut pas automatiquement, mais il influence la décision et les mesures de sécurité, et il vaut mieux l’aborder en coordination avec vos soins de rétablissement. Un mésusage passé de la kétamine elle-même est différent : c’est un motif d’exclusion absolu. La kétamine est aussi étudiée comme traitement du trouble lié à l’usage de l’alcool, mais dans un cadre spécialisé et supervisé : ce n’est pas un feu vert pour un usage sans supervision.</p>',
      },
      {
        id: 'physical-dependence',
        question:
          'La kétamine cause-t-elle une dépendance physique comme les opioïdes ou les benzodiazépines?',
        answer:
          '<p>Pas de la même façon. Elle ne provoque pas le syndrome de sevrage physique classique des opioïdes ou des benzodiazépines. Avec la kétamine, le problème est la dépendance psychologique et l’usage compulsif lors de prises récréatives fréquentes, ce que la thérapie supervisée et épisodique est conçue pour éviter.</p>',
      },
    ],
  },
};
