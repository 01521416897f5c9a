/** The quick exit's English strings (the crisis banner and the questionnaire show them too). */
const strings = {
  /** The button: what it does, in the reader's words. */
  leave: 'Leave this page',
  /** Beside the button, part of its description: the keyboard shortcut. */
  shortcut: 'Or press Shift 3 times quickly.',
  /** The one honest line on its limits, also part of the button's description. */
  limits:
    'Leaving does not clear your browser’s history. To keep pages out of it, use a private window.',
  /** Said after the first press of Shift. */
  pressTwoMore: 'Press Shift 2 more times to leave this page.',
  /** Said after the second press of Shift. */
  pressOneMore: 'Press Shift 1 more time to leave this page.',
  /** Said when the presses were too slow and the count starts again. */
  expired: 'Shortcut to leave this page reset.',
  /** The overlay that hides the page while the next one loads. */
  leaving: 'Leaving this page…',
};

export default strings;
