import type { SourceList } from '../../sources.js';
import { withNotes } from './neutral.js';

const list: SourceList = {
  title: 'References',
  sources: withNotes([
    'A review of ketamine-induced cystitis, the bladder damage linked to chronic high-dose recreational use.',
    'The American Psychiatric Association’s consensus on ketamine: its supervised therapeutic use, and the low risk of addiction with episodic, monitored dosing.',
    'A review of ketamine’s clinical toxicology: its potential for misuse and how its effects change with the dose.',
  ]),
};

export default list;
