import type { FaqContent } from '../../faq.js';

/** The Canadian French of the pack (`en.ts` says where it comes from). */
const pack: FaqContent = {
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
};

export default pack;
