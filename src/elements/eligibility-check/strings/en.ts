/**
 * The questionnaire's first screen, in English: what renders before a reader starts, without
 * the engine or the questions (those load on use: `questionnaire-en.ts`).
 */
const strings = {
  title: 'Pre-screen: ketamine-assisted therapy in addiction recovery',
  intro:
    'A few questions, one at a time, on the points the clinic screens before ketamine is considered.',
  privacy: 'Your answers stay on this page: nothing is sent or saved.',
  start: 'Start the pre-screen',
  /** Said, and shown, when the questions take a while to arrive after Start. */
  loadingQuestions: 'Loading the questions…',
  loadFailed: 'The questions could not be loaded. Check your connection, then try again.',
};

export default strings;
