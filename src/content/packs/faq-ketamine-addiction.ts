import type { FaqPack } from '../faq.js';

/**
 * The FAQ of the clinic's article "Ketamine Therapy for Addiction" (updated 2026-05-06), in
 * our own words with every fact kept. The article's twelfth question ("Where can I get
 * ketamine therapy in Canada?") is only a list of links to other pages, so it is left out.
 */
export const faqKetamineAddiction: FaqPack = {
  en: {
    items: [
      {
        id: 'approved-for-addiction',
        question: 'Is ketamine approved for addiction in Canada?',
        answer:
          '<p>No. Health Canada approves ketamine as an anaesthetic, so every psychiatric use, addiction included, is off-label. Spravato (esketamine) is approved only for treatment-resistant depression and has no indication for substance use disorder.</p>',
      },
      {
        id: 'why-active-use-is-a-contraindication',
        question: 'Why is active substance use disorder a contraindication?',
        answer:
          '<p>For four reasons:</p><ul><li><strong>Safety:</strong> active use raises the risk of overdose, drug interactions and cross-addiction.</li><li><strong>Efficacy:</strong> the benefit depends on psychological work that needs sobriety.</li><li><strong>Neurobiology:</strong> active use disrupts the synaptic plasticity that ketamine acts on.</li><li><strong>Screening reality:</strong> the published randomized trials enrolled patients who had already detoxified.</li></ul>',
      },
      {
        id: 'how-long-abstinent',
        question: 'How long do I need to be abstinent before ketamine is considered?',
        answer:
          '<p>Usually 30–90 days of documented abstinence, with negative urine drug screening. The length is set for each person, by substance, severity and stability, and ATMA CENA’s intake call goes through it with you.</p>',
      },
      {
        id: 'ketamine-for-detox',
        question: 'Can ketamine help me detox?',
        answer:
          '<p>No. Ketamine is not a detox medication: it does not ease withdrawal from alcohol, opioids, benzodiazepines or stimulants. Detox begins with the standard approaches: medically supervised withdrawal, often as an inpatient, with the appropriate medications.</p>',
      },
      {
        id: 'instead-of-buprenorphine-or-methadone',
        question: 'Does ketamine replace buprenorphine or methadone for opioid use disorder?',
        answer:
          '<p>No. In Canadian guidelines, buprenorphine/naloxone or methadone remain the first-line medications for opioid use disorder, and ketamine does not replace them. For a stabilized patient who also has treatment-resistant depression, ketamine might be considered as an add-on for the depression.</p>',
      },
      {
        id: 'strongest-evidence',
        question: 'What’s the strongest evidence for ketamine in addiction?',
        answer:
          '<p>The strongest evidence is in alcohol use disorder, mainly from two randomized trials:</p><ul><li>Dakwar 2020 (<em>Am J Psychiatry</em>): one ketamine infusion with motivational enhancement therapy.</li><li>Grabski et al. 2022, the KARE trial: three IV ketamine infusions with relapse-prevention psychological therapy.</li></ul><p>Cocaine use disorder has moderate evidence (Dakwar 2014, 2017, 2019); opioid use disorder has limited evidence.</p>',
      },
      {
        id: 'psilocybin-for-alcohol-use-disorder',
        question: 'Has psilocybin been studied for alcohol use disorder?',
        answer:
          '<p>Yes. In Bogenschutz et al. 2022 (<em>JAMA Psychiatry</em>), two psilocybin sessions with psychotherapy reduced heavy drinking days substantially compared with placebo and the same psychotherapy. That is stronger evidence for alcohol use disorder than ketamine has, but in Canada psilocybin is available only through Health Canada’s Special Access Program.</p>',
      },
      {
        id: 'is-ketamine-addictive',
        question: 'Is ketamine itself addictive?',
        answer:
          '<p>Ketamine has misuse potential, particularly through recreational, unsupervised use. In published trials of supervised in-clinic treatment at sub-anaesthetic doses, dependence has not emerged as a clinical problem. At ATMA CENA, a history of ketamine misuse is a hard exclusion, and take-home ketamine is generally not used. That exclusion is about misuse of ketamine itself: a past disorder with another substance does not rule you out automatically.</p>',
      },
      {
        id: 'matthew-perry',
        question: 'What about Matthew Perry?',
        answer:
          '<p>His case involved unsupervised, non-clinical ketamine use far outside any treatment protocol. It shows why supervised in-clinic dosing, structured screening and no take-home supply are the standard of care in legitimate ketamine-assisted therapy programs. You deserve to know about the risk of misuse; sound clinical protocols are designed around it.</p>',
      },
      {
        id: 'without-my-addiction-physician',
        question: 'Can I do ketamine therapy without my addiction physician knowing?',
        answer:
          '<p>No. Your care has to be coordinated. ATMA CENA’s intake asks for your consent to a release of information so it can talk with your addiction physician and your primary care provider. Going around your addiction team is unsafe and does not fit this model of care.</p>',
      },
      {
        id: 'path-in-recovery',
        question: 'What’s the most realistic path to ketamine therapy if I’m in recovery?',
        answer:
          '<p>The clearest path is treatment-resistant depression or PTSD alongside stable recovery from alcohol or stimulant use disorder: on the appropriate addiction medication, engaged in psychosocial recovery support, with 30–90+ days of documented abstinence. Ketamine then serves as an add-on for the depression or trauma, within a coordinated multidisciplinary care plan.</p>',
      },
    ],
  },
  fr: {
    items: [
      {
        id: 'approved-for-addiction',
        question: 'La kétamine est-elle autorisée pour traiter les dépendances au Canada?',
        answer:
          '<p>Non. Santé Canada autorise la kétamine comme anesthésique; tout usage en psychiatrie, dépendances comprises, est donc hors indication. Spravato (eskétamine) est autorisé uniquement pour la dépression résistante au traitement et n’a aucune indication pour les troubles liés à l’usage de substances.</p>',
      },
      {
        id: 'why-active-use-is-a-contraindication',
        question:
          'Pourquoi un trouble actif lié à l’usage de substances est-il une contre-indication?',
        answer:
          '<p>Pour quatre raisons :</p><ul><li><strong>Sécurité :</strong> la consommation active augmente les risques de surdose, d’interactions médicamenteuses et de dépendance croisée.</li><li><strong>Efficacité :</strong> le bienfait dépend d’un travail psychologique qui exige la sobriété.</li><li><strong>Neurobiologie :</strong> la consommation active perturbe la plasticité synaptique sur laquelle agit la kétamine.</li><li><strong>Réalité de la sélection des patients :</strong> les essais randomisés publiés ont recruté des patients qui avaient déjà fait leur sevrage.</li></ul>',
      },
      {
        id: 'how-long-abstinent',
        question: 'Combien de temps dois-je être abstinent avant que la kétamine soit envisagée?',
        answer:
          '<p>En général, de 30 à 90 jours d’abstinence documentée, avec des dépistages urinaires de drogues négatifs. La durée est fixée pour chaque personne selon la substance, la gravité et la stabilité, et l’appel d’accueil d’ATMA CENA l’examine avec vous.</p>',
      },
      {
        id: 'ketamine-for-detox',
        question: 'La kétamine peut-elle m’aider à me désintoxiquer?',
        answer:
          '<p>Non. La kétamine n’est pas un médicament de désintoxication : elle ne soulage pas le sevrage de l’alcool, des opioïdes, des benzodiazépines ni des stimulants. La désintoxication commence par les approches habituelles : un sevrage sous supervision médicale, souvent en milieu hospitalier, avec les médicaments appropriés.</p>',
      },
      {
        id: 'instead-of-buprenorphine-or-methadone',
        question:
          'La kétamine remplace-t-elle la buprénorphine ou la méthadone pour le trouble lié à l’usage d’opioïdes?',
        answer:
          '<p>Non. Selon les lignes directrices canadiennes, la buprénorphine-naloxone ou la méthadone restent les médicaments de première intention pour le trouble lié à l’usage d’opioïdes, et la kétamine ne les remplace pas. Chez un patient stabilisé qui a aussi une dépression résistante au traitement, elle pourrait être envisagée en complément, pour la dépression.</p>',
      },
      {
        id: 'strongest-evidence',
        question: 'Quelles sont les données les plus solides sur la kétamine en dépendance?',
        answer:
          '<p>Les données les plus solides portent sur le trouble lié à l’usage de l’alcool, surtout grâce à deux essais randomisés :</p><ul><li>Dakwar 2020 (<em>Am J Psychiatry</em>) : une perfusion de kétamine avec une thérapie de renforcement de la motivation.</li><li>Grabski et coll. 2022, l’essai KARE : trois perfusions intraveineuses de kétamine avec une thérapie psychologique axée sur la prévention de la rechute.</li></ul><p>Pour le trouble lié à l’usage de la cocaïne, les données sont modérées (Dakwar 2014, 2017, 2019); pour le trouble lié à l’usage d’opioïdes, elles sont limitées.</p>',
      },
      {
        id: 'psilocybin-for-alcohol-use-disorder',
        question: 'La psilocybine a-t-elle été étudiée pour le trouble lié à l’usage de l’alcool?',
        answer:
          '<p>Oui. Dans l’étude de Bogenschutz et coll. 2022 (<em>JAMA Psychiatry</em>), deux séances de psilocybine avec psychothérapie ont nettement réduit les jours de forte consommation d’alcool par rapport à un placebo avec la même psychothérapie. Ces données sont plus solides que celles de la kétamine pour ce trouble, mais au Canada la psilocybine n’est accessible que par le Programme d’accès spécial de Santé Canada.</p>',
      },
      {
        id: 'is-ketamine-addictive',
        question: 'La kétamine elle-même crée-t-elle une dépendance?',
        answer:
          '<p>La kétamine présente un potentiel de mésusage, en particulier lors d’un usage récréatif sans supervision. Dans les essais publiés sur des traitements supervisés en clinique à doses subanesthésiques, la dépendance n’est pas apparue comme un problème clinique. Chez ATMA CENA, un mésusage passé de la kétamine est un motif d’exclusion absolu, et la kétamine n’est généralement pas remise pour un usage à domicile. Cette exclusion vise le mésusage de la kétamine elle-même : un trouble passé lié à une autre substance ne vous exclut pas automatiquement.</p>',
      },
      {
        id: 'matthew-perry',
        question: 'Et le cas de Matthew Perry?',
        answer:
          '<p>Son cas concernait un usage de kétamine non supervisé et non clinique, très loin de tout protocole de traitement. C’est justement pourquoi les programmes sérieux de thérapie assistée par la kétamine reposent sur des doses données en clinique sous supervision, une évaluation structurée de chaque personne et aucune kétamine à emporter. Vous avez le droit de connaître le risque de mésusage; les protocoles cliniques rigoureux sont conçus en fonction de ce risque.</p>',
      },
      {
        id: 'without-my-addiction-physician',
        question:
          'Puis-je suivre une thérapie à la kétamine sans que mon médecin en dépendance le sache?',
        answer:
          '<p>Non. Vos soins doivent être coordonnés. Lors de l’appel d’accueil, ATMA CENA vous demande de consentir à la communication de renseignements afin de pouvoir échanger avec votre médecin en dépendance et votre professionnel de soins primaires. Contourner votre équipe de soins en dépendance n’est pas sécuritaire et ne convient pas à ce modèle de soins.</p>',
      },
      {
        id: 'path-in-recovery',
        question:
          'Quel est le parcours le plus réaliste vers la thérapie à la kétamine si je suis en rétablissement?',
        answer:
          '<p>Le parcours le plus clair : une dépression résistante au traitement ou un TSPT, avec un rétablissement stable d’un trouble lié à l’usage de l’alcool ou de stimulants, un médicament approprié contre la dépendance, une participation à un soutien psychosocial au rétablissement et de 30 à 90 jours ou plus d’abstinence documentée. La kétamine sert alors de complément pour la dépression ou le traumatisme, dans un plan de soins coordonné et multidisciplinaire.</p>',
      },
    ],
  },
};
