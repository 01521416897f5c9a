import type { Takeaways } from '../../takeaways.js';

/**
 * The six key takeaways of the clinic's article "Ketamine Therapy for Addiction", in our own
 * words: every fact, study and year is the article's.
 */
const takeaways: Takeaways = {
  title: 'Key takeaways',
  items: [
    'Every use of ketamine for a substance use disorder is off-label. Spravato (esketamine) is approved only for treatment-resistant depression; it has no indication for any substance use disorder.',
    'The strongest evidence is for alcohol use disorder (Krupitsky 2002; Dakwar 2020; KARE 2022). The evidence for cocaine is moderate (Dakwar 2014, 2017, 2019), and for opioid use disorder it is limited.',
    'Active substance use is normally a contraindication. ATMA CENA typically asks for a documented period of abstinence and stabilisation before ketamine is considered.',
    'Ketamine is not a detox tool. It does not replace buprenorphine or methadone for opioid use disorder, naltrexone or acamprosate for alcohol use disorder, or community recovery programs. It is best seen as an add-on for people committed to recovery whose depression or persistent cravings stand in the way.',
    'Ketamine itself can be misused, particularly by people with a history of substance use disorder. Screening and structured, supervised dosing, with no take-home doses, are part of safe practice.',
    'Psilocybin has stronger randomised-trial evidence for alcohol use disorder (Bogenschutz et al., JAMA Psychiatry 2022), but in Canada it can be reached only through Health Canada’s Special Access Program.',
  ],
};

export default takeaways;
