/**
 * English UI strings, one named section per element so a per-element bundle carries only
 * its own. `fr.ts` must match every key (a missing French string is a type error).
 */

export const common = {
  contentError: 'Some of this content could not be shown.',
};

/** Shown while a built-in pack loads (apart from `common`: the crisis banner never loads one). */
export const loading = {
  status: 'Loading…',
};

export const crisisBanner = {
  /** The region's name and the banner's visible title. */
  label: 'Crisis support',
  /** Read before the title so screen reader users hear the urgency too. */
  urgent: 'Urgent:',
  danger: 'If you or someone else is in immediate danger, call emergency services now.',
  dangerCall: 'If you or someone else is in immediate danger, call emergency services now:',
  compactDanger: 'Immediate danger:',
  compactServices: 'call emergency services',
  /** Where no number can be named (the international fallback). */
  dangerLocal:
    'If you or someone else is in immediate danger, call your local emergency number now.',
  compactLocal: 'call your local emergency number',
  or: 'or',
  call: (number: string) => `Call ${number}`,
  text: (number: string) => `Text ${number}`,
  /** A text line that needs a word: "Text SHOUT to 85258". */
  textWord: (word: string, number: string) => `Text ${word} to ${number}`,
  /** Said when a line answers in languages other than the reader's. */
  inLanguages: (names: string[]) => `in ${names.join(' and ')}`,
  languages: { en: 'English', fr: 'French', es: 'Spanish' },
  details: 'Details',
};

export const medicalDisclaimer = {
  reviewedByOn: 'Medically reviewed by {name} on {date}.',
  reviewedBy: 'Medically reviewed by {name}.',
  reviewedOn: 'Medically reviewed on {date}.',
  updatedOn: 'Last updated {date}.',
};

export const evidenceCard = {
  overviewTitle: 'Ketamine for addiction: the evidence by substance',
  /** A badge's words; the four-bar shape repeats them. */
  strength: {
    strongest: 'Strongest evidence',
    moderate: 'Moderate evidence',
    limited: 'Limited evidence',
    minimal: 'Minimal evidence',
  },
  legendTitle: 'What the strength levels mean',
  legend: {
    strongest:
      'The most trial evidence: several randomised trials, including rigorous recent ones.',
    moderate: 'Promising randomised trials, but few: they need repeating, with longer follow-up.',
    limited: 'Few or older trials, not repeated at scale.',
    minimal: 'Little or no published randomised-trial evidence.',
  },
  studiesTitle: 'The studies',
  noStudies: 'No published trials to show.',
  keyStudies: 'Studies:',
  caveatsTitle: 'Keep in mind',
  design: 'Design',
  population: 'Who took part',
  sampleSize: 'Number of participants',
  treatment: 'Treatment',
  dose: 'Dose',
  route: 'Route',
  sessions: 'Sessions',
  therapy: 'Paired with',
  comparator: 'Compared with',
  followUp: 'Follow-up',
  outcome: 'Result:',
  source: 'Source:',
  newTab: '(opens in a new tab)',
  /** An approximate figure: the article says "about" or "~". */
  about: (value: string) => `about ${value}`,
  lowerIsBetter: 'lower is better',
  /** The chart's text equivalent, one sentence per bar. */
  armText: (label: string, value: string) => `${label}: ${value}.`,
};

const enDays = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export const eligibilityCheck = {
  title: 'Pre-screen: ketamine-assisted therapy in addiction recovery',
  intro:
    'A few questions, one at a time, on the points the clinic screens before ketamine is considered.',
  privacy: 'Your answers stay on this page: nothing is sent or saved.',
  questionNumber: (n: number) => `Question ${n}`,
  left: (n: number) =>
    n <= 1
      ? 'This is the last question.'
      : `At most ${n - 1} more ${n === 2 ? 'question' : 'questions'} after this one.`,
  continue: 'Continue',
  back: 'Back',
  startOver: 'Start over',
  yes: 'Yes',
  no: 'No',
  notSure: 'I’m not sure',
  days: enDays,
  daysLabel: 'Number of days',
  chooseError: 'Choose an answer.',
  daysError: 'Enter a whole number of days, 0 or more, such as 45.',
  checkTitle: 'Check your answers',
  change: 'Change',
  changeAnswerTo: 'your answer to:',
  seeResult: 'See my result',
  resultLabel: 'Result:',
  deciding: 'Why',
  otherPoints: 'Other points the clinic looks at',
  nextStep: 'Next step',
  notesTitle: 'Good to know',
  yourAnswers: 'Your answers',
  print: 'Print summary',
  standing:
    'This is a pre-screen, not medical advice, a diagnosis or an approval for treatment. Only a clinician can decide, after an intake assessment.',
  bookIntake: 'Book an intake call',
  callClinic: 'Call the clinic:',
  notNowLater: (min: number) =>
    `Ketamine may be considered later, after at least ${enDays(min)} of documented abstinence.`,
  checkAgain: (n: number) => `You could check again in ${enDays(n)}.`,
  questions: {
    immediateDanger: {
      legend: 'Are you in danger right now, or having thoughts of ending your life?',
      hint: 'If you are not sure, choose Yes: you will see where to get help straight away.',
    },
    ketamineMisuse: {
      legend: 'Have you ever misused ketamine?',
      hint: 'For example, taking it for the high or without a prescription. Supervised medical use does not count.',
    },
    currentlyUsing: {
      legend: 'Are you still using alcohol or the drug you want to stop?',
      hint: 'Medication prescribed for your recovery, such as buprenorphine, methadone, naltrexone or acamprosate, does not count.',
    },
    abstinentDays: {
      legend: 'How many days has it been since you last used?',
      hint: 'An estimate is fine. Enter 0 if you used today.',
    },
    seekingDetox: {
      legend: 'Are you looking for help to get through withdrawal (detox)?',
      hint: 'For example, help with withdrawal symptoms after stopping.',
    },
    negativeUrineScreen: {
      legend: 'Has your abstinence been confirmed by urine drug screening?',
      hint: 'For example, negative urine drug tests with your doctor or treatment program.',
    },
    inAddictionCare: {
      legend: 'Are you receiving care from addiction medicine?',
      hint: 'For example, buprenorphine or methadone for opioids, or naltrexone or acamprosate for alcohol.',
    },
    recoverySupport: {
      legend: 'Do you have support for your recovery?',
      hint: 'For example, AA, SMART Recovery, group therapy, peer support or an addiction counsellor.',
    },
    consentToCoordinate: {
      legend:
        'Would you agree to the clinic working with your addiction physician and family doctor?',
      hint: 'Coordinated care is required: the clinic asks your consent to share information with them.',
    },
    substance: {
      legend: 'Which substance is your main concern?',
      hint: 'If there is more than one, choose the one that matters most to your recovery.',
    },
    comorbidity: {
      legend: 'Have you been diagnosed with one of these?',
      hint: 'If more than one applies, choose the first that does.',
    },
    otherDissociativeMisuse: {
      legend: 'Have you ever misused another dissociative drug?',
      hint: 'For example, PCP, or DXM in high doses of cough medicine.',
    },
  },
  substances: {
    alcohol: 'Alcohol',
    cocaine: 'Cocaine',
    stimulants: 'Other stimulants, such as methamphetamine',
    opioids: 'Opioids',
    cannabis: 'Cannabis',
    benzodiazepines: 'Benzodiazepines',
    other: 'Something else',
  },
  comorbidities: {
    trd: 'Treatment-resistant depression',
    ptsd: 'Post-traumatic stress disorder (PTSD)',
    depression: 'Depression not known to be treatment-resistant',
    none: 'None of these',
    unsure: 'I’m not sure',
  },
  outcomes: {
    'urgent-help': {
      title: 'Please get help now',
      next: 'Your safety comes first. Please reach out now.',
    },
    'not-suitable': {
      title: 'Ketamine therapy is not an option here',
      next: 'Your addiction care team can help you find other treatment that fits.',
    },
    'not-now': {
      title: 'Not right now',
      next: 'Standard care comes first: medically supervised withdrawal where needed, addiction medicine and recovery support.',
    },
    'needs-groundwork': {
      title: 'Some groundwork comes first',
      next: 'Ketamine does not replace addiction care, recovery support or coordinated care. Once these are in place, you can check again.',
    },
    'discuss-with-clinician': {
      title: 'Worth discussing with a clinician',
      next: 'At the intake call, a clinician goes through these points with you and decides.',
    },
    'may-be-candidate': {
      title: 'You may be a candidate',
      next: 'The next step is the intake call, where a clinician decides whether ketamine-assisted therapy is right for you.',
    },
  },
  reasons: {
    'immediate-danger':
      'You said you are in danger or having thoughts of ending your life. Getting help now matters more than anything else.',
    'ketamine-misuse':
      'A history of ketamine misuse is a hard exclusion: the clinic does not offer ketamine therapy in that case.',
    'currently-using':
      'Active substance use is a contraindication: ketamine is considered only after a period of documented abstinence and stabilization.',
    'seeking-detox':
      'Ketamine is not a detox treatment and does not ease withdrawal. Medically supervised withdrawal, often inpatient, is the first step.',
    'abstinence-too-short': (days: number, min: number) =>
      `You have ${enDays(days)} of abstinence; the clinic looks for at least ${enDays(min)}, documented.`,
    'abstinence-unknown': (_days: number, min: number) =>
      `Your abstinence period is not known yet; the clinic looks for at least ${enDays(min)}, documented.`,
    'no-urine-screen': 'Abstinence needs to be documented by negative urine drug screening.',
    'no-addiction-care':
      'Care from addiction medicine is expected, such as buprenorphine or methadone for opioids, or naltrexone or acamprosate for alcohol. Ketamine does not replace it.',
    'no-recovery-support':
      'Recovery support is part of the plan, such as AA, SMART Recovery, group therapy or a counsellor. Ketamine is not a substitute for it.',
    'no-coordination-consent':
      'Coordinated care is required: with your consent, the clinic works with your addiction physician and primary care provider.',
    'other-dissociative-misuse':
      'Past misuse of another dissociative drug is a relative contraindication that a clinician needs to weigh.',
    'no-target-comorbidity':
      'The clearest path is treatment-resistant depression or PTSD alongside stable recovery. Ketamine is off-label for addiction alone.',
    'opioids-limited-evidence':
      'For opioids, the evidence for ketamine is very limited: buprenorphine or methadone remain the first-line treatment.',
    'substance-case-by-case': 'For this substance, the clinic evaluates each case individually.',
    'screening-points-met':
      'Your answers match the clinic’s screening points: documented abstinence, addiction care and recovery support in place, coordinated care, and treatment-resistant depression or PTSD.',
  },
  notes: {
    'abstinence-individualised': (days: number) =>
      `The abstinence period is set for each person, typically 30–90 days depending on the substance, severity and stability. With ${enDays(days)}, the intake call looks at this with you.`,
    'supervised-dosing':
      'Sessions are supervised in the clinic; take-home ketamine is generally not used.',
    'urine-each-session': 'Urine drug screening takes place before each session.',
  },
};

export const faqList = {
  searchLabel: 'Search the questions',
  showAll: 'Show all answers',
  hideAll: 'Hide all answers',
  /** Shown and announced while a search is active. */
  shown: (shown: number, total: number) => `${shown} of ${total} questions shown`,
  noMatch: (query: string) => `No question matches “${query}”. Try another word.`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  /** When the browser refuses to copy: the address bar then holds the question's link. */
  linkInAddressBar:
    'Copying is not possible here. The link to this question is now in the address bar.',
};
