// The posts the WordPress test saves: every block, the raw tags, the shortcodes.

/** Block markup as the block editor writes it (attributes escaped as its serializer does). */
export function block(name, attributes = {}, inner = null) {
  const json = Object.keys(attributes).length
    ? `${JSON.stringify(attributes)
        .replace(/--/g, '\\u002d\\u002d')
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\\"/g, '\\u0022')} `
    : '';
  return inner === null
    ? `<!-- wp:${name} ${json}/-->`
    : `<!-- wp:${name} ${json}-->\n${inner}\n<!-- /wp:${name} -->`;
}

export const CLINIC_LINES = [
  { name: '988 Suicide Crisis Helpline', call: '988', text: '988', hours: '24/7' },
  { name: 'Our on-call nurse', call: '514 555 0100', url: 'https://example.org/urgent' },
];

export const CLINIC_EVIDENCE = {
  substances: [
    {
      id: 'alcohol',
      name: 'Alcohol use disorder, as our clinic reads it',
      strength: 'strongest',
      summary: 'Our clinic’s summary: the strongest evidence is for alcohol.',
      studies: ['grabski-2022'],
    },
  ],
  studies: [
    {
      id: 'grabski-2022',
      authors: 'Grabski et al.',
      year: 2022,
      trial: 'KARE',
      journal: 'Am J Psychiatry',
      design: 'Randomised, placebo-controlled trial',
      population: 'Adults with alcohol use disorder who had detoxified',
      sampleSize: 96,
      intervention: {
        treatment: 'Ketamine infusions with psychological therapy',
        dose: '0.8 mg/kg',
      },
      outcome: 'More days abstinent at 6 months.',
      source: 'grabski-2022',
    },
  ],
  sources: [
    {
      id: 'grabski-2022',
      authors: 'Grabski M, et al.',
      year: 2022,
      title:
        'Adjunctive ketamine with relapse prevention-based psychological therapy in the treatment of alcohol use disorder',
      journal: 'Am J Psychiatry',
      url: 'https://pubmed.ncbi.nlm.nih.gov/34855456/',
      label: 'PubMed 34855456',
    },
  ],
};

export const CLINIC_FAQ = [
  {
    id: 'parking',
    question: 'Where do I park?',
    answer: '<p>Behind the clinic & in the marked bays.</p>',
  },
  {
    question: 'Can I bring someone with me?',
    answer: '<p>Yes, to the waiting room. See <a href="/visit">your visit</a>.</p>',
  },
];

/** A clinic's own prices, as the Cost estimate block's sidebar stores them. */
export const CLINIC_PRICES = {
  currency: 'CAD',
  deposit: { amount: 250, refundable: true },
  pathways: [
    { id: 'standard', name: 'Our standard course', from: 1200, perSession: 450.5 },
    { id: 'tailored', name: 'Our tailored course', from: 2000, to: 4000 },
  ],
};

/** Every block, the clinic's own content in the four that take it, and a nested context. */
export const EVERY_BLOCK = [
  block('clinic-widgets/quick-exit', { href: 'https://weather.gc.ca/' }),
  block('clinic-widgets/crisis-banner', {
    region: 'CA',
    variant: 'inline',
    emergency: '911',
    lines: CLINIC_LINES,
    quickExit: true,
  }),
  block('clinic-widgets/medical-disclaimer', {
    kind: 'all',
    reviewedBy: 'Dr. Ben Soffer, DO',
    reviewedOn: '2026-05-31',
    updatedOn: '2026-05-06',
  }),
  block('clinic-widgets/evidence-card', { substance: 'alcohol', evidence: CLINIC_EVIDENCE }),
  block('clinic-widgets/eligibility-check', { minAbstinenceDays: 60, intakeUrl: '/book' }),
  block('clinic-widgets/faq-list', { searchable: true, items: CLINIC_FAQ }),
  block('clinic-widgets/cost-estimate', { sessions: 2, prices: CLINIC_PRICES }),
  block('clinic-widgets/key-takeaways', {
    pointsTitle: 'What to take away',
    points: [
      { text: 'Our team screens every referral within two working days.' },
      { text: '   ' },
      { text: 'Sessions & follow-up calls are in person.' },
    ],
    limit: 4,
  }),
  block('clinic-widgets/source-list', {
    sourcesTitle: 'Where our figures come from',
    sources: [
      {
        authors: 'Example A, Sample B',
        year: '2024',
        title: 'Our clinic audit of ketamine-assisted therapy',
        journal: 'Clinic Reports & Reviews',
        url: 'https://example.org/audit',
      },
      { authors: '', title: '' },
      {
        publisher: 'Health Canada',
        title: 'Special Access Program',
        url: 'https://www.canada.ca/',
      },
    ],
  }),
  block(
    'clinic-widgets/clinic-context',
    { region: 'GB', clinicName: 'Inner Clinic' },
    block('clinic-widgets/crisis-banner', { variant: 'compact' }),
  ),
  block(
    'clinic-widgets/medical-disclaimer',
    { reviewedOn: '2026-05-31' },
    block('core/paragraph', {}, '<p>Our own disclaimer, in our words.</p>'),
  ),
].join('\n\n');

/** The README's snippet without <link>/<script>, in a Custom HTML block. */
export const RAW_TAGS = block(
  'core/html',
  {},
  `<clinic-context locale="en" region="CA" clinic-name="Raw Clinic" intake-url="/intake">
<quick-exit><a href="https://www.wikipedia.org/">Leave this page</a></quick-exit>
<crisis-banner>If you are in immediate danger, call 911. In Canada or the United States, call or text 988.</crisis-banner>
<medical-disclaimer kind="all" reviewed-by="Dr. Ben Soffer, DO" reviewed-on="2026-05-31" updated-on="2026-05-06"></medical-disclaimer>
<evidence-card substance="alcohol" compare></evidence-card>
<eligibility-check intake-url="javascript:alert(1)"></eligibility-check>
<faq-list pack="ketamine-addiction" searchable></faq-list>
<cost-estimate pathway="kat-psycholytic" sessions="3"></cost-estimate>
<key-takeaways pack="ketamine-addictive"></key-takeaways>
<source-list pack="ketamine-addictive"></source-list>
</clinic-context>`,
);

/** A classic post (no block markup: wpautop runs) with every shortcode and the clinic's content. */
export const SHORTCODES = `Before the widgets.

[quick_exit href="https://weather.gc.ca/"]

[crisis_banner region="CA" emergency="911"]
[crisis_line name="988 Suicide Crisis Helpline" call="988" text="988" hours="24/7"]
[crisis_line name="Our on-call nurse" call="514 555 0100"]
[/crisis_banner]

[medical_disclaimer kind="all" reviewed-by="Dr. Ben Soffer, DO" reviewed-on="2026-05-31" updated-on="2026-05-06" /]

[evidence_card substance="alcohol" compare]

[eligibility_check intake-url="/book"]

[key_takeaways pack="ketamine-addiction" variant="compact"]

[source_list pack="ketamine-addiction"]

[faq_list searchable]
[faq_item id="parking" question="Where do I park?"]Behind the clinic, in the marked bays.

Ask at the desk for a permit.[/faq_item]
[faq_item question="Can I bring someone with me?"]Yes, to the "waiting room".[/faq_item]
[/faq_list]

[cost_estimate pathway="customised"]

[clinic_context region="GB"]
[crisis_banner variant="compact"]
[/clinic_context]

[medical_disclaimer reviewed-on="2026-05-31"]
Our own disclaimer, in our words.
[/medical_disclaimer]

After the widgets.`;
