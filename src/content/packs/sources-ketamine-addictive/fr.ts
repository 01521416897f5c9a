import type { SourceList } from '../../sources.js';
import { withNotes } from './neutral.js';

const list: SourceList = {
  title: 'Références',
  sources: withNotes([
    'Une revue de la cystite induite par la kétamine, les lésions de la vessie liées à un usage récréatif chronique à fortes doses.',
    'Le consensus de l’Association américaine de psychiatrie sur la kétamine\u00a0: son usage thérapeutique sous supervision, et le faible risque de dépendance avec des doses espacées et surveillées.',
    'Une revue de la toxicologie clinique de la kétamine\u00a0: son potentiel de mésusage et la façon dont ses effets varient selon la dose.',
  ]),
};

export default list;
