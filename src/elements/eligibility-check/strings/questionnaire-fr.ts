import type { QuestionnaireStrings } from './index.js';

const frDays = (n: number) => `${n} ${n > 1 ? 'jours' : 'jour'}`;
const frUsualRange =
  'La clinique fixe cette durée pour chaque personne. C’est habituellement de 30 à 90 jours, selon la substance, la gravité de la consommation et votre stabilité.';

const strings: QuestionnaireStrings = {
  questionNumber: (n: number) => `Question ${n}`,
  left: (n: number) =>
    n <= 1
      ? 'C’est la dernière question.'
      : `Au plus ${n - 1} ${n === 2 ? 'autre question' : 'autres questions'} après celle-ci.`,
  continue: 'Continuer',
  back: 'Retour',
  startOver: 'Recommencer',
  yes: 'Oui',
  no: 'Non',
  notSure: 'Je ne sais pas',
  days: frDays,
  daysLabel: 'Nombre de jours',
  chooseError: 'Choisissez une réponse.',
  daysError: 'Entrez un nombre entier de jours, 0 ou plus, par exemple 45.',
  checkTitle: 'Vérifiez vos réponses',
  change: 'Modifier',
  changeAnswerTo: 'votre réponse à\u00a0:',
  seeResult: 'Voir mon résultat',
  resultLabel: 'Résultat\u00a0:',
  deciding: 'Pourquoi',
  otherPoints: 'Autres points que la clinique examine',
  nextStep: 'Prochaine étape',
  notesTitle: 'Bon à savoir',
  yourAnswers: 'Vos réponses',
  print: 'Imprimer le résumé',
  standing:
    'Cette présélection n’est ni un avis médical ni un diagnostic, et elle ne décide pas de vos soins. Seul un clinicien peut décider, après un appel d’accueil.',
  bookIntake: 'Réserver un appel d’accueil',
  callClinic: 'Appelez la clinique\u00a0:',
  usualRange: frUsualRange,
  notNowLater: (min: number) =>
    `La kétamine pourra peut-être être envisagée plus tard, après au moins ${frDays(min)} sans alcool ni drogue, confirmés par des tests.`,
  checkAgain: (n: number) => `Vous pourrez refaire la vérification dans ${frDays(n)}.`,
  questions: {
    immediateDanger: {
      legend:
        'Êtes-vous en danger en ce moment, ou avez-vous des pensées de mettre fin à vos jours?',
      hint: 'Si vous n’êtes pas certain, choisissez Oui\u00a0: vous verrez tout de suite où obtenir de l’aide.',
    },
    ketamineMisuse: {
      legend: 'Avez-vous déjà fait un mésusage de la kétamine?',
      hint: 'Par exemple, en prendre pour planer ou sans ordonnance. L’usage médical supervisé ne compte pas.',
    },
    currentlyUsing: {
      legend: 'Consommez-vous de l’alcool ou des drogues en ce moment?',
      hint: 'Toute consommation d’alcool ou de drogue compte, pas seulement celle que vous voulez arrêter\u00a0: le cannabis aussi. Les médicaments pris comme prescrits ne comptent pas, ni le tabac ni la caféine.',
    },
    abstinentDays: {
      legend: 'Depuis combien de jours n’avez-vous pas consommé d’alcool ni de drogue?',
      hint: 'Une estimation suffit. Entrez 0 si vous avez consommé aujourd’hui.',
    },
    seekingDetox: {
      legend: 'Cherchez-vous de l’aide pour traverser le sevrage (désintoxication)?',
      hint: 'Par exemple, de l’aide pour les symptômes de sevrage après l’arrêt.',
    },
    negativeUrineScreen: {
      legend: 'Votre abstinence a-t-elle été confirmée par un dépistage urinaire de drogues?',
      hint: 'Par exemple, des tests urinaires négatifs auprès de votre médecin ou de votre programme de traitement.',
    },
    inAddictionCare: {
      legend: 'Recevez-vous des soins pour votre dépendance?',
      hint: 'D’un médecin en dépendance, d’un intervenant ou d’un programme de traitement, avec ou sans médicament. Par exemple, la buprénorphine ou la méthadone pour les opioïdes, ou la naltrexone ou l’acamprosate pour l’alcool. Pour les stimulants, aucun médicament n’est autorisé\u00a0: les soins sans médicament comptent.',
    },
    recoverySupport: {
      legend: 'Avez-vous du soutien pour votre rétablissement?',
      hint: 'Par exemple, les AA, SMART Recovery, une thérapie de groupe, du soutien par les pairs ou un intervenant en dépendance.',
    },
    consentToCoordinate: {
      legend:
        'Êtes-vous d’accord pour que la clinique travaille avec votre médecin en dépendance et votre médecin de famille?',
      hint: 'Les soins coordonnés sont obligatoires\u00a0: la clinique demande votre consentement pour échanger des renseignements avec eux.',
    },
    substance: {
      legend: 'Quelle substance vous préoccupe le plus?',
      hint: 'S’il y en a plusieurs, choisissez celle qui compte le plus pour votre rétablissement.',
    },
    comorbidity: {
      legend: 'Avez-vous reçu l’un de ces diagnostics?',
      hint: 'Si plus d’un s’applique, choisissez le premier qui s’applique.',
    },
    otherDissociativeMisuse: {
      legend: 'Avez-vous déjà fait un mésusage d’une autre drogue dissociative?',
      hint: 'Par exemple, le PCP, ou le DXM à fortes doses de sirop contre la toux.',
    },
  },
  substances: {
    alcohol: 'Alcool',
    cocaine: 'Cocaïne',
    stimulants: 'Autres stimulants, comme la méthamphétamine',
    opioids: 'Opioïdes',
    cannabis: 'Cannabis',
    benzodiazepines: 'Benzodiazépines',
    other: 'Autre chose',
  },
  comorbidities: {
    trd: 'Dépression résistante au traitement',
    ptsd: 'Trouble de stress post-traumatique (TSPT)',
    depression: 'Dépression dont on ne sait pas si elle résiste au traitement',
    none: 'Aucun de ceux-ci',
    unsure: 'Je ne sais pas',
  },
  outcomes: {
    'urgent-help': {
      title: 'Obtenez de l’aide maintenant',
      next: 'Votre sécurité passe avant tout. Demandez de l’aide dès maintenant.',
    },
    'not-suitable': {
      title: 'La thérapie par la kétamine n’est pas une option ici',
      next: 'Votre équipe de soins en dépendance peut vous aider à trouver d’autres soins qui vous conviennent.',
    },
    'not-now': {
      title: 'Pas pour le moment',
      next: 'Les soins habituels passent d’abord. C’est-à-dire de l’aide pour le sevrage au besoin, des soins pour votre dépendance et du soutien pour votre rétablissement.',
    },
    'needs-groundwork': {
      title: 'Quelques étapes d’abord',
      next: 'La kétamine ne remplace pas les soins en dépendance, le soutien au rétablissement ni une équipe de soins. Quand tout cela sera en place, vous pourrez refaire la vérification.',
    },
    'discuss-with-clinician': {
      title: 'À discuter avec un clinicien',
      next: 'Pendant l’appel d’accueil, un clinicien revoit ces points avec vous et prend la décision.',
    },
    'may-be-candidate': {
      title: 'Vous pourriez être candidat ou candidate à un appel d’accueil',
      next: 'La prochaine étape est l’appel d’accueil. Un clinicien y décide si la thérapie assistée par la kétamine vous convient.',
    },
  },
  reasons: {
    'immediate-danger':
      'Vous avez dit être en danger ou penser à mettre fin à vos jours. Obtenir de l’aide maintenant passe avant tout.',
    'ketamine-misuse':
      'Un mésusage passé de la kétamine est un motif d’exclusion absolu. La clinique n’offre pas la thérapie par la kétamine dans ce cas.',
    'currently-using':
      'Consommer de l’alcool ou des drogues en ce moment exclut la kétamine pour l’instant. La clinique l’envisage seulement après une période sans consommation, confirmée par des tests, une fois que vous êtes stable.',
    'seeking-detox':
      'La kétamine ne traite pas le sevrage et ne le soulage pas. Le sevrage avec une aide médicale passe d’abord, souvent avec un séjour à l’hôpital ou dans un centre.',
    'abstinence-too-short': (days: number, min: number) =>
      `Vous êtes sans alcool ni drogue depuis ${frDays(days)}. La clinique demande au moins ${frDays(min)}, confirmés par des tests. ${frUsualRange}`,
    'abstinence-unknown': (_days: number, min: number) =>
      `On ne sait pas encore depuis combien de temps vous êtes sans alcool ni drogue. La clinique demande au moins ${frDays(min)}, confirmés par des tests. ${frUsualRange}`,
    'no-urine-screen':
      'Votre période sans alcool ni drogue doit être confirmée par des tests d’urine.',
    'no-addiction-care':
      'Des soins pour votre dépendance sont attendus. Ils peuvent venir d’un médecin en dépendance, d’un intervenant ou d’un programme, avec ou sans médicament. La kétamine ne les remplace pas.',
    'no-recovery-support':
      'Le soutien au rétablissement fait partie du plan. Par exemple, les AA, SMART Recovery, une thérapie de groupe ou un intervenant. La kétamine ne le remplace pas.',
    'no-coordination-consent':
      'La clinique travaille en équipe avec votre médecin en dépendance et votre médecin de famille. Elle a besoin de votre consentement pour le faire.',
    'danger-unanswered':
      'Vous n’avez pas dit si vous êtes en danger en ce moment. Si c’est le cas, obtenez de l’aide maintenant. Un clinicien vous le demandera d’abord.',
    'ketamine-misuse-unanswered':
      'Vous n’avez pas dit si vous avez déjà fait un mésusage de la kétamine. Un mésusage passé de la kétamine exclut la thérapie par la kétamine.',
    'current-use-unanswered':
      'Vous n’avez pas dit si vous consommez de l’alcool ou des drogues en ce moment. Toute consommation en ce moment veut dire que ce n’est pas le moment pour la kétamine.',
    'detox-unanswered':
      'Vous n’avez pas dit si vous avez besoin d’aide pour le sevrage. La kétamine ne traite pas le sevrage.',
    'other-dissociative-misuse':
      'Un mésusage passé d’une autre drogue dissociative pèse contre la kétamine, sans l’exclure. Un clinicien doit en tenir compte.',
    'no-target-comorbidity':
      'La voie la plus claire est une dépression résistante au traitement ou un TSPT, avec un rétablissement stable. Au Canada, la kétamine est autorisée seulement comme anesthésique, un médicament pour les chirurgies. Tout usage en santé mentale ou en dépendance est hors indication. Spravato (eskétamine) est autorisé seulement pour la dépression résistante au traitement.',
    'opioids-limited-evidence':
      'Pour les opioïdes, très peu de données montrent que la kétamine aide. La buprénorphine ou la méthadone restent le premier traitement.',
    'substance-case-by-case': 'Pour cette substance, la clinique examine chaque cas à part.',
    'screening-points-met':
      'Vos réponses correspondent aux points que la clinique examine. Vous êtes sans alcool ni drogue depuis un certain temps, et des tests le confirment. Vous avez des soins en dépendance, du soutien au rétablissement et une équipe de soins. Et vous avez une dépression résistante au traitement ou un TSPT.',
  },
  notes: {
    'abstinence-individualised': (days: number) =>
      `La clinique fixe la période sans alcool ni drogue pour chaque personne. C’est habituellement de 30 à 90 jours, selon la substance, la gravité de la consommation et votre stabilité. Vous en êtes à ${frDays(days)}. Pendant l’appel d’accueil, un clinicien examine ce point avec vous.`,
    'supervised-dosing':
      'Chaque séance a lieu à la clinique, en présence du personnel. En général, la kétamine n’est pas remise pour la maison.',
    'urine-each-session': 'Vous passez un test d’urine avant chaque séance.',
  },
};

export default strings;
