import type { FaqContent } from '../../faq.js';

/** The Canadian French of the pack (`en.ts` says where it comes from). */
const pack: FaqContent = {
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
};

export default pack;
