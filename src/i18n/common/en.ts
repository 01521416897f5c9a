/** English strings every element shares. `fr.ts` must match every key. */
const common = {
  contentError: 'Some of this content could not be shown.',
  /** Shown while a built-in pack loads (the crisis banner never shows it: its lines are built in). */
  loading: 'Loading…',
};

export default common;
