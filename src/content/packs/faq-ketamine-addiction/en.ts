import type { FaqContent } from '../../faq.js';

/**
 * The FAQ of the clinic's article "Ketamine Therapy for Addiction" (updated 2026-05-06), in
 * our own words with every fact kept. The article's twelfth question ("Where can I get
 * ketamine therapy in Canada?") is only a list of links to other pages, so it is left out.
 *
 * This module: the English text (one chunk per locale).
 */
const pack: FaqContent = {
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
};

export default pack;
