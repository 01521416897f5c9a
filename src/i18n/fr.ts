import type * as en from './en.js';
import type { Strings } from './types.js';

/** Canadian French UI strings; every section mirrors `en.ts`. */

export const common: Strings<typeof en.common> = {
  contentError: 'Une partie de ce contenu ne peut pas être affichée.',
};

export const loading: Strings<typeof en.loading> = {
  status: 'Chargement…',
};

export const crisisBanner: Strings<typeof en.crisisBanner> = {
  label: 'Soutien en cas de crise',
  urgent: 'Urgence\u00a0:',
  danger:
    'Si vous ou une autre personne êtes en danger immédiat, appelez les services d’urgence maintenant.',
  dangerCall:
    'Si vous ou une autre personne êtes en danger immédiat, appelez les services d’urgence maintenant\u00a0:',
  compactDanger: 'Danger immédiat\u00a0:',
  compactServices: 'appelez les services d’urgence',
  dangerLocal:
    'Si vous ou une autre personne êtes en danger immédiat, appelez maintenant le numéro d’urgence de votre pays.',
  compactLocal: 'appelez le numéro d’urgence de votre pays',
  or: 'ou',
  call: (number: string) => `Appeler le ${number}`,
  text: (number: string) => `Texter le ${number}`,
  textWord: (word: string, number: string) => `Texter ${word} au ${number}`,
  inLanguages: (names: string[]) => names.map((name) => `en ${name}`).join(' et '),
  languages: { en: 'anglais', fr: 'français', es: 'espagnol' },
  details: 'Détails',
};

export const medicalDisclaimer: Strings<typeof en.medicalDisclaimer> = {
  reviewedByOn: 'Révision médicale par {name} le {date}.',
  reviewedBy: 'Révision médicale par {name}.',
  reviewedOn: 'Révision médicale le {date}.',
  updatedOn: 'Dernière mise à jour le {date}.',
};

export const evidenceCard: Strings<typeof en.evidenceCard> = {
  overviewTitle: 'La kétamine en dépendance\u00a0: les données par substance',
  strength: {
    strongest: 'Données les plus solides',
    moderate: 'Données modérées',
    limited: 'Données limitées',
    minimal: 'Données minimales',
  },
  legendTitle: 'Ce que signifient les niveaux de preuve',
  legend: {
    strongest:
      'Le plus de données\u00a0: plusieurs essais randomisés, dont des essais récents et rigoureux.',
    moderate:
      'Des essais randomisés prometteurs mais peu nombreux, à reproduire avec un suivi plus long.',
    limited: 'Peu d’essais, ou des essais anciens, non reproduits à grande échelle.',
    minimal: 'Peu ou pas de données publiées issues d’essais randomisés.',
  },
  studiesTitle: 'Les études',
  noStudies: 'Aucun essai publié à présenter.',
  keyStudies: 'Études\u00a0:',
  caveatsTitle: 'À garder en tête',
  design: 'Type d’étude',
  population: 'Participants',
  sampleSize: 'Nombre de participants',
  treatment: 'Traitement',
  dose: 'Dose',
  route: 'Voie d’administration',
  sessions: 'Séances',
  therapy: 'Associé à',
  comparator: 'Comparé à',
  followUp: 'Suivi',
  outcome: 'Résultat\u00a0:',
  source: 'Source\u00a0:',
  newTab: '(s’ouvre dans un nouvel onglet)',
  about: (value: string) => `environ ${value}`,
  lowerIsBetter: 'plus bas, c’est mieux',
  armText: (label: string, value: string) => `${label}\u00a0: ${value}.`,
};

const frDays = (n: number) => `${n} ${n > 1 ? 'jours' : 'jour'}`;

export const eligibilityCheck: Strings<typeof en.eligibilityCheck> = {
  title: 'Présélection\u00a0: thérapie assistée par la kétamine et rétablissement d’une dépendance',
  intro:
    'Quelques questions, une à la fois, sur les points que la clinique vérifie avant d’envisager la kétamine.',
  privacy: 'Vos réponses restent sur cette page\u00a0: rien n’est envoyé ni enregistré.',
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
    'Ceci est une présélection, et non un avis médical, un diagnostic ou une approbation de traitement. Seul un clinicien peut décider, après une évaluation d’admission.',
  bookIntake: 'Réserver un appel d’admission',
  callClinic: 'Appelez la clinique\u00a0:',
  notNowLater: (min: number) =>
    `La kétamine pourra être envisagée plus tard, après au moins ${frDays(min)} d’abstinence documentée.`,
  checkAgain: (n: number) => `Vous pourrez refaire la vérification dans ${frDays(n)}.`,
  questions: {
    immediateDanger: {
      legend:
        'Êtes-vous en danger en ce moment, ou avez-vous des pensées de mettre fin à vos jours?',
      hint: 'Si vous n’êtes pas certain, choisissez Oui\u00a0: vous verrez tout de suite où obtenir de l’aide.',
    },
    ketamineMisuse: {
      legend: 'Avez-vous déjà fait un mauvais usage de la kétamine?',
      hint: 'Par exemple, en prendre pour l’effet recherché ou sans ordonnance. L’usage médical supervisé ne compte pas.',
    },
    currentlyUsing: {
      legend: 'Consommez-vous encore l’alcool ou la drogue que vous voulez arrêter?',
      hint: 'Les médicaments prescrits pour votre rétablissement, comme la buprénorphine, la méthadone, la naltrexone ou l’acamprosate, ne comptent pas.',
    },
    abstinentDays: {
      legend: 'Depuis combien de jours n’avez-vous pas consommé?',
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
      legend: 'Recevez-vous des soins en médecine des dépendances?',
      hint: 'Par exemple, la buprénorphine ou la méthadone pour les opioïdes, ou la naltrexone ou l’acamprosate pour l’alcool.',
    },
    recoverySupport: {
      legend: 'Avez-vous du soutien pour votre rétablissement?',
      hint: 'Par exemple, les AA, SMART Recovery, une thérapie de groupe, du soutien par les pairs ou un intervenant en dépendance.',
    },
    consentToCoordinate: {
      legend:
        'Accepteriez-vous que la clinique travaille avec votre médecin en dépendance et votre médecin de famille?',
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
      legend: 'Avez-vous déjà fait un mauvais usage d’une autre drogue dissociative?',
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
      next: 'Votre équipe de soins en dépendance peut vous aider à trouver un autre traitement qui vous convient.',
    },
    'not-now': {
      title: 'Pas pour le moment',
      next: 'Les soins habituels passent en premier\u00a0: sevrage sous supervision médicale au besoin, médecine des dépendances et soutien au rétablissement.',
    },
    'needs-groundwork': {
      title: 'Certaines bases d’abord',
      next: 'La kétamine ne remplace pas les soins en dépendance, le soutien au rétablissement ni les soins coordonnés. Une fois ces éléments en place, vous pourrez refaire la vérification.',
    },
    'discuss-with-clinician': {
      title: 'À discuter avec un clinicien',
      next: 'Lors de l’appel d’admission, un clinicien examine ces points avec vous et prend la décision.',
    },
    'may-be-candidate': {
      title: 'Vous pourriez être admissible',
      next: 'La prochaine étape est l’appel d’admission, où un clinicien décide si la thérapie assistée par la kétamine vous convient.',
    },
  },
  reasons: {
    'immediate-danger':
      'Vous avez indiqué être en danger ou avoir des pensées de mettre fin à vos jours. Obtenir de l’aide maintenant passe avant tout.',
    'ketamine-misuse':
      'Des antécédents de mauvais usage de la kétamine sont une exclusion absolue\u00a0: la clinique n’offre pas la thérapie par la kétamine dans ce cas.',
    'currently-using':
      'La consommation active est une contre-indication\u00a0: la kétamine n’est envisagée qu’après une période d’abstinence documentée et de stabilisation.',
    'seeking-detox':
      'La kétamine n’est pas un traitement de désintoxication et ne soulage pas le sevrage. Le sevrage sous supervision médicale, souvent en établissement, est la première étape.',
    'abstinence-too-short': (days: number, min: number) =>
      `Vous avez ${frDays(days)} d’abstinence; la clinique demande au moins ${frDays(min)}, documentés.`,
    'abstinence-unknown': (_days: number, min: number) =>
      `Votre période d’abstinence n’est pas encore connue; la clinique demande au moins ${frDays(min)}, documentés.`,
    'no-urine-screen':
      'L’abstinence doit être documentée par un dépistage urinaire de drogues négatif.',
    'no-addiction-care':
      'Des soins en médecine des dépendances sont attendus, comme la buprénorphine ou la méthadone pour les opioïdes, ou la naltrexone ou l’acamprosate pour l’alcool. La kétamine ne les remplace pas.',
    'no-recovery-support':
      'Le soutien au rétablissement fait partie du plan, comme les AA, SMART Recovery, une thérapie de groupe ou un intervenant. La kétamine ne le remplace pas.',
    'no-coordination-consent':
      'Les soins coordonnés sont obligatoires\u00a0: avec votre consentement, la clinique travaille avec votre médecin en dépendance et votre fournisseur de soins primaires.',
    'other-dissociative-misuse':
      'Un mauvais usage passé d’une autre drogue dissociative est une contre-indication relative qu’un clinicien doit évaluer.',
    'no-target-comorbidity':
      'La voie la plus claire est une dépression résistante au traitement ou un TSPT, avec un rétablissement stable. La kétamine est utilisée hors indication pour la dépendance seule.',
    'opioids-limited-evidence':
      'Pour les opioïdes, les données sur la kétamine sont très limitées\u00a0: la buprénorphine ou la méthadone restent le traitement de première intention.',
    'substance-case-by-case':
      'Pour cette substance, la clinique évalue chaque cas individuellement.',
    'screening-points-met':
      'Vos réponses correspondent aux points de sélection de la clinique\u00a0: abstinence documentée, soins en dépendance et soutien au rétablissement en place, soins coordonnés, et dépression résistante au traitement ou TSPT.',
  },
  notes: {
    'abstinence-individualised': (days: number) =>
      `La période d’abstinence est fixée pour chaque personne, généralement de 30 à 90 jours selon la substance, la gravité et la stabilité. Avec ${frDays(days)}, l’appel d’admission examine ce point avec vous.`,
    'supervised-dosing':
      'Les séances sont supervisées à la clinique; la kétamine à emporter n’est généralement pas utilisée.',
    'urine-each-session': 'Un dépistage urinaire de drogues a lieu avant chaque séance.',
  },
};

export const faqList: Strings<typeof en.faqList> = {
  searchLabel: 'Rechercher dans les questions',
  showAll: 'Afficher toutes les réponses',
  hideAll: 'Masquer toutes les réponses',
  shown: (shown: number, total: number) =>
    `${shown} question${shown > 1 ? 's' : ''} sur ${total} affichée${shown > 1 ? 's' : ''}`,
  noMatch: (query: string) =>
    `Aucune question ne correspond à «\u00a0${query}\u00a0». Essayez un autre mot.`,
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  linkInAddressBar:
    'La copie est impossible ici. Le lien vers cette question est maintenant dans la barre d’adresse.',
};
