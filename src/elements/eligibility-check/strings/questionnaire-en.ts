/**
 * The questionnaire's questions, answers, outcomes, reasons and notes, in English: loaded
 * with the engine when a reader starts the pre-screen or it scrolls into view.
 */
const enDays = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

const enUsualRange =
  'The clinic sets the time for each person. It is usually 30 to 90 days, based on the drug, how severe the use was and how stable you are.';

const strings = {
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
    'This pre-screen is not medical advice or a diagnosis, and it does not decide your care. Only a clinician can decide, after an intake call.',
  bookIntake: 'Book an intake call',
  callClinic: 'Call the clinic:',
  /** The seed's range, said wherever a number of days is named. */
  usualRange: enUsualRange,
  notNowLater: (min: number) =>
    `Ketamine may be an option later, after at least ${enDays(min)} without alcohol or drugs, confirmed by tests.`,
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
      legend: 'Do you use any alcohol or drugs now?',
      hint: 'Any alcohol or drug counts, not only the one you want to stop: cannabis too. Medicine taken as prescribed does not count, nor do tobacco and caffeine.',
    },
    abstinentDays: {
      legend: 'How many days has it been since you last used alcohol or any drug?',
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
      legend: 'Are you getting care for your addiction?',
      hint: 'From an addiction doctor, a counsellor or a treatment program, with or without medicine. For example, buprenorphine or methadone for opioids, or naltrexone or acamprosate for alcohol. For stimulants, no medicine is approved: care without medicine counts.',
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
      next: 'Your addiction care team can help you find other care that fits.',
    },
    'not-now': {
      title: 'Not right now',
      next: 'Usual care comes first. That means help with withdrawal if you need it, care for your addiction, and support for your recovery.',
    },
    'needs-groundwork': {
      title: 'A few steps come first',
      next: 'Ketamine does not replace addiction care, recovery support or a care team. Once these are in place, you can check again.',
    },
    'discuss-with-clinician': {
      title: 'Worth talking over with a clinician',
      next: 'At the intake call, a clinician goes over these points with you and decides.',
    },
    'may-be-candidate': {
      title: 'You may be a candidate for an intake call',
      next: 'The next step is the intake call. There, a clinician decides if ketamine-assisted therapy is right for you.',
    },
  },
  reasons: {
    'immediate-danger':
      'You said you are in danger or thinking of ending your life. Getting help now comes before anything else.',
    'ketamine-misuse':
      'Past misuse of ketamine is a hard exclusion. The clinic does not offer ketamine therapy in that case.',
    'currently-using':
      'Using alcohol or drugs now rules out ketamine for now. The clinic thinks about it only after a time without them, confirmed by tests, once you are stable.',
    'seeking-detox':
      'Ketamine is not a detox treatment and does not ease withdrawal. Withdrawal with medical help comes first, often with a stay in a hospital or centre.',
    'abstinence-too-short': (days: number, min: number) =>
      `You have gone ${enDays(days)} without alcohol or drugs. The clinic looks for at least ${enDays(min)}, confirmed by tests. ${enUsualRange}`,
    'abstinence-unknown': (_days: number, min: number) =>
      `We do not know yet how long you have gone without alcohol or drugs. The clinic looks for at least ${enDays(min)}, confirmed by tests. ${enUsualRange}`,
    'no-urine-screen': 'Your time without alcohol or drugs needs to be confirmed by urine tests.',
    'no-addiction-care':
      'Care for your addiction is expected. It can come from an addiction doctor, a counsellor or a program, with or without medicine. Ketamine does not replace it.',
    'no-recovery-support':
      'Support for your recovery is part of the plan. For example, AA, SMART Recovery, group therapy or a counsellor. Ketamine does not replace it.',
    'no-coordination-consent':
      'The clinic works as a team with your addiction doctor and family doctor. It needs your consent to do so.',
    'danger-unanswered':
      'You did not say if you are in danger now. If you are, get help now. A clinician will ask you first.',
    'ketamine-misuse-unanswered':
      'You did not say if you have ever misused ketamine. Past misuse of ketamine rules out ketamine therapy.',
    'current-use-unanswered':
      'You did not say if you use alcohol or drugs now. Any use now means it is not the time for ketamine.',
    'detox-unanswered':
      'You did not say if you need help with withdrawal. Ketamine does not treat withdrawal.',
    'other-dissociative-misuse':
      'Past misuse of another dissociative drug counts against ketamine, but does not rule it out. A clinician has to weigh it.',
    'no-target-comorbidity':
      'The clearest path is treatment-resistant depression or PTSD, along with a stable recovery. In Canada, ketamine is licensed only as an anaesthetic, a medicine for surgery. Every use for mental health or addiction is off-label. Spravato (esketamine) is licensed only for treatment-resistant depression.',
    'opioids-limited-evidence':
      'For opioids, there is very little proof that ketamine helps. Buprenorphine or methadone are still the first treatment.',
    'substance-case-by-case': 'For this substance, the clinic looks at each case on its own.',
    'screening-points-met':
      'Your answers match the points the clinic looks at. You have a time without alcohol or drugs, confirmed by tests. You have addiction care, recovery support and a care team. And you have treatment-resistant depression or PTSD.',
  },
  notes: {
    'abstinence-individualised': (days: number) =>
      `The clinic sets the time without alcohol or drugs for each person. It is usually 30 to 90 days, based on the drug, how severe the use was and how stable you are. You have ${enDays(days)}. At the intake call, a clinician looks at this with you.`,
    'supervised-dosing':
      'Each session takes place at the clinic, with staff present. Ketamine is generally not given to take home.',
    'urine-each-session': 'You have a urine drug test before each session.',
  },
};

export default strings;
