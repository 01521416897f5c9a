import type { Takeaways } from '../../takeaways.js';

/** Les six points clés de l’article « Ketamine Therapy for Addiction », en nos mots. */
const takeaways: Takeaways = {
  title: 'Points clés',
  items: [
    'Tout usage de la kétamine pour un trouble lié à l’usage de substances est hors indication. Le Spravato (eskétamine) est autorisé seulement pour la dépression résistante au traitement. Il n’a aucune indication pour un trouble lié à l’usage de substances.',
    'Les données les plus solides portent sur le trouble lié à l’usage d’alcool (Krupitsky 2002, Dakwar 2020, KARE 2022). Elles sont modérées pour la cocaïne (Dakwar 2014, 2017, 2019) et limitées pour le trouble lié à l’usage d’opioïdes.',
    'Une consommation active de substances est normalement une contre-indication. ATMA CENA demande habituellement une période documentée d’abstinence et de stabilisation avant d’envisager la kétamine.',
    'La kétamine n’est pas un outil de désintoxication. Elle ne remplace ni la buprénorphine ou la méthadone pour le trouble lié à l’usage d’opioïdes, ni la naltrexone ou l’acamprosate pour le trouble lié à l’usage d’alcool, ni les programmes de rétablissement dans la communauté. Elle se comprend plutôt comme un complément, pour les personnes engagées dans leur rétablissement que la dépression ou des envies persistantes de consommer freinent.',
    'La kétamine elle-même comporte un risque de mésusage, surtout chez les personnes qui ont des antécédents de trouble lié à l’usage de substances. L’évaluation et des doses structurées, données sous supervision et jamais remises pour la maison, font partie d’une pratique sécuritaire.',
    'La psilocybine a des données d’essais randomisés plus solides pour le trouble lié à l’usage d’alcool (Bogenschutz et coll., JAMA Psychiatry 2022), mais au Canada, on n’y a accès que par le Programme d’accès spécial de Santé Canada.',
  ],
};

export default takeaways;
