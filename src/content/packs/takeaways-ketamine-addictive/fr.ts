import type { Takeaways } from '../../takeaways.js';

/** Les six points clés de l’article « Is ketamine addictive? », en nos mots. */
const takeaways: Takeaways = {
  title: 'Points clés',
  items: [
    'Prise à des fins récréatives (souvent, à fortes doses, pour planer), la kétamine peut créer une dépendance, et un usage récréatif chronique cause de vrais torts, dont des lésions de la vessie causées par la kétamine.',
    'La thérapie est tout autre chose\u00a0: de faibles doses fixées par un médecin, données par épisodes (une série, puis des séances d’entretien espacées), sous supervision et après une évaluation, comportent un faible risque de dépendance selon le consensus professionnel.',
    'C’est la structure qui protège\u00a0: des doses espacées, sous supervision médicale, sont l’opposé de l’usage quotidien, croissant et autogéré qui mène à la dépendance.',
    'Les personnes qui ont des antécédents de trouble lié à l’usage de substances sont évaluées avec soin, et une consommation active est une contre-indication, justement parce que la kétamine comporte un risque de mésusage.',
    'Ainsi, « la kétamine crée-t-elle une dépendance? » veut surtout dire « comment est-elle utilisée? ». La molécule est la même; c’est le contexte qui détermine le risque.',
    'Un portrait honnête compte\u00a0: une clinique qui promet un risque nul en promet trop. La réponse exacte est un risque faible, dans un programme thérapeutique bien structuré qui le gère activement.',
  ],
};

export default takeaways;
