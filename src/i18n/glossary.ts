/**
 * The recurring terms of the French text, one chosen term per concept (Canadian French,
 * plain language), with the variants we rejected. A test reads every French string and pack
 * against `rejected`: write the chosen term, never a variant.
 */
export interface GlossaryTerm {
  /** The concept, as the English text says it. */
  en: string;
  /** The one French term we use for it. */
  fr: string;
  /** Variants that must not appear in French (anglicisms, calques, a second term). */
  rejected: readonly RegExp[];
  /** Why, for the next translator. */
  why: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    en: 'intake call',
    fr: 'appel d’accueil',
    rejected: [/appel d[’']admission/i, /évaluation d[’']admission/i, /\badmission\b/i],
    why: '« Admission » suggests a hospital stay.',
  },
  {
    en: 'may be a candidate (for an intake call)',
    fr: 'candidat ou candidate à un appel d’accueil',
    rejected: [/admissib/i, /éligib/i],
    why: '« Admissible » says eligible: no outcome may say or imply it.',
  },
  {
    en: 'misuse',
    fr: 'mésusage',
    rejected: [/mauvais usage/i, /usage abusif/i, /\babus\b/i, /d[’']abus\b/i],
    why: 'One word for one concept; « abus » also reads as abuse of a person.',
  },
  {
    en: 'Medical disclaimer (a title)',
    fr: 'Mise en garde médicale',
    rejected: [/^Avis médical$/i],
    why: '« Avis médical » means medical advice: the opposite of what the notice says.',
  },
  {
    en: 'reviewed by Dr X, on …',
    fr: 'par le Dr X, le …',
    rejected: [/\bpar Dre?\b/, /\bDre?\.\s/],
    why: 'French titles take the article and no full stop.',
  },
  {
    en: 'motivational enhancement therapy',
    fr: 'thérapie de renforcement de la motivation',
    rejected: [
      /amélioration (de la )?motivation/i,
      /entretien motivationnel/i,
      /thérapie motivationnelle/i,
    ],
    why: 'One name for one therapy.',
  },
  {
    en: 'manualised psychotherapy',
    fr: 'psychothérapie structurée selon un guide de traitement',
    rejected: [/manualisée?s?\b/i],
    why: '« Manualisée » is a calque.',
  },
  {
    en: 'screening (selecting patients)',
    fr: 'évaluation, sélection des patients',
    rejected: [/dépistages?\b(?! urinaires?)/i],
    why: '« Dépistage » is for urine drug screening only, not for choosing who is treated.',
  },
  {
    en: 'Some groundwork comes first',
    fr: 'Quelques étapes d’abord',
    rejected: [/certaines bases/i],
    why: 'A calque of "groundwork".',
  },
  {
    en: 'lower is better',
    fr: 'un chiffre plus bas est préférable',
    rejected: [/plus bas, c[’']est mieux/i],
    why: 'A calque.',
  },
  {
    en: 'active substance use disorder',
    fr: 'trouble actif lié à l’usage de substances',
    rejected: [/substances actif/i],
    why: 'The adjective belongs to the disorder, not to the substances.',
  },
  {
    en: 'for the high',
    fr: 'pour planer',
    rejected: [/effet recherché/i],
    why: '« L’effet recherché » does not say which effect.',
  },
  {
    en: 'approved (by Health Canada)',
    fr: 'autorisé',
    rejected: [/approuv/i, /homologu/i],
    why: 'One term; and « approuvé » is a word no outcome may use.',
  },
  {
    en: 'addiction physician',
    fr: 'médecin en dépendance',
    rejected: [/médecin en dépendances/i, /médecin (spécialiste )?en toxicomanie/i],
    why: 'One term, singular as the clinic writes it.',
  },
  {
    en: 'private window (browsing that keeps no history)',
    fr: 'fenêtre de navigation privée',
    rejected: [/incognito/i, /fenêtre privée/i, /navigation anonyme/i],
    why: 'The name French browsers give it; « anonyme » promises more than it does.',
  },
  {
    en: 'Shift (the key)',
    fr: 'Maj',
    rejected: [/\bShift\b/, /touche majuscule/i],
    why: 'The label on French Canadian keyboards.',
  },
  {
    en: 'PTSD',
    fr: 'TSPT',
    rejected: [/\bSSPT\b/, /\bESPT\b/],
    why: 'The Canadian abbreviation.',
  },
];
