import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { check } from '../src/content/issues.js';
import {
  COMORBIDITIES,
  NOTES,
  OUTCOMES,
  QUESTIONS,
  REASONS,
  SAFETY_QUESTIONS,
  SUBSTANCES,
  answerIssues,
  assessEligibility,
  eligibilityAnswersSchema,
  eligibilityRulesSchema,
  openQuestions,
  questionPath,
  ruleIssues,
  type AnswerKey,
  type EligibilityAnswers,
  type EligibilityRules,
  type NoteId,
  type Outcome,
  type ReasonId,
} from '../src/eligibility/index.js';
import { candidateAnswers } from './helpers/fixtures.js';

const ideal: EligibilityAnswers = candidateAnswers();

const treatmentNotes: NoteId[] = ['supervised-dosing', 'urine-each-session'];

interface Case {
  name: string;
  answers: EligibilityAnswers;
  rules?: Partial<EligibilityRules>;
  outcome: Outcome;
  reasons: ReasonId[];
  notes?: NoteId[];
  checkAgainInDays?: number;
}

const cases: Case[] = [
  // may-be-candidate
  {
    name: 'every screening point met',
    answers: ideal,
    outcome: 'may-be-candidate',
    reasons: ['screening-points-met'],
    notes: treatmentNotes,
  },
  {
    name: 'cocaine with PTSD',
    answers: { ...ideal, substance: 'cocaine', comorbidity: 'ptsd' },
    outcome: 'may-be-candidate',
    reasons: ['screening-points-met'],
    notes: treatmentNotes,
  },
  // urgent-help
  {
    name: 'immediate danger',
    answers: { ...ideal, immediateDanger: true },
    outcome: 'urgent-help',
    reasons: ['immediate-danger'],
    notes: [],
  },
  {
    name: 'danger outranks ketamine misuse and active use',
    answers: { immediateDanger: true, ketamineMisuse: true, currentlyUsing: true },
    outcome: 'urgent-help',
    reasons: [
      'immediate-danger',
      'ketamine-misuse',
      'currently-using',
      'no-urine-screen',
      'no-addiction-care',
      'no-recovery-support',
      'no-coordination-consent',
      'detox-unanswered',
      'no-target-comorbidity',
    ],
    notes: [],
  },
  // not-suitable
  {
    name: 'ketamine misuse',
    answers: { ...ideal, ketamineMisuse: true },
    outcome: 'not-suitable',
    reasons: ['ketamine-misuse'],
    notes: [],
  },
  {
    name: 'ketamine misuse outranks active use',
    answers: { ...ideal, ketamineMisuse: true, currentlyUsing: true },
    outcome: 'not-suitable',
    reasons: ['ketamine-misuse', 'currently-using'],
  },
  // not-now
  {
    name: 'still using (no abstinence to document yet)',
    answers: { ...ideal, currentlyUsing: true, abstinentDays: undefined },
    outcome: 'not-now',
    reasons: ['currently-using'],
    notes: [],
  },
  {
    name: 'seeking detox',
    answers: { ...ideal, seekingDetox: true },
    outcome: 'not-now',
    reasons: ['seeking-detox'],
    notes: [],
  },
  {
    name: '12 days of abstinence',
    answers: { ...ideal, abstinentDays: 12 },
    outcome: 'not-now',
    reasons: ['abstinence-too-short'],
    notes: [],
    checkAgainInDays: 18,
  },
  {
    name: '29 days of abstinence',
    answers: { ...ideal, abstinentDays: 29 },
    outcome: 'not-now',
    reasons: ['abstinence-too-short'],
    checkAgainInDays: 1,
  },
  {
    name: 'detox and short abstinence: no date to check again',
    answers: { ...ideal, abstinentDays: 3, seekingDetox: true },
    outcome: 'not-now',
    reasons: ['seeking-detox', 'abstinence-too-short'],
  },
  // the minAbstinenceDays rule and the abstinence note
  {
    name: 'exactly 30 days',
    answers: { ...ideal, abstinentDays: 30 },
    outcome: 'may-be-candidate',
    reasons: ['screening-points-met'],
    notes: ['abstinence-individualised', ...treatmentNotes],
  },
  {
    name: '89 days',
    answers: { ...ideal, abstinentDays: 89 },
    outcome: 'may-be-candidate',
    reasons: ['screening-points-met'],
    notes: ['abstinence-individualised', ...treatmentNotes],
  },
  {
    name: '90 days',
    answers: { ...ideal, abstinentDays: 90 },
    outcome: 'may-be-candidate',
    reasons: ['screening-points-met'],
    notes: treatmentNotes,
  },
  {
    name: 'a clinic minimum of 60 days, 45 days',
    answers: { ...ideal, abstinentDays: 45 },
    rules: { minAbstinenceDays: 60 },
    outcome: 'not-now',
    reasons: ['abstinence-too-short'],
    checkAgainInDays: 15,
  },
  {
    name: 'a clinic minimum of 60 days, 60 days',
    answers: { ...ideal, abstinentDays: 60 },
    rules: { minAbstinenceDays: 60 },
    outcome: 'may-be-candidate',
    reasons: ['screening-points-met'],
    notes: ['abstinence-individualised', ...treatmentNotes],
  },
  {
    name: 'the 30-day floor as the clinic minimum, 29 days',
    answers: { ...ideal, abstinentDays: 29 },
    rules: { minAbstinenceDays: 30 },
    outcome: 'not-now',
    reasons: ['abstinence-too-short'],
    checkAgainInDays: 1,
  },
  {
    name: 'empty rules keep the default',
    answers: { ...ideal, abstinentDays: 20 },
    rules: {},
    outcome: 'not-now',
    reasons: ['abstinence-too-short'],
    checkAgainInDays: 10,
  },
  // needs-groundwork
  {
    name: 'no urine screening',
    answers: { ...ideal, negativeUrineScreen: false },
    outcome: 'needs-groundwork',
    reasons: ['no-urine-screen'],
    notes: treatmentNotes,
  },
  {
    name: 'addiction care not given (not confirmed)',
    answers: { ...ideal, inAddictionCare: undefined },
    outcome: 'needs-groundwork',
    reasons: ['no-addiction-care'],
  },
  {
    name: 'no recovery support',
    answers: { ...ideal, recoverySupport: false },
    outcome: 'needs-groundwork',
    reasons: ['no-recovery-support'],
  },
  {
    name: 'no consent to coordinate',
    answers: { ...ideal, consentToCoordinate: false },
    outcome: 'needs-groundwork',
    reasons: ['no-coordination-consent'],
  },
  {
    name: 'abstinence not given',
    answers: { ...ideal, abstinentDays: undefined },
    outcome: 'needs-groundwork',
    reasons: ['abstinence-unknown'],
    notes: treatmentNotes,
  },
  {
    name: 'nothing answered',
    answers: {},
    outcome: 'needs-groundwork',
    reasons: [
      'abstinence-unknown',
      'no-urine-screen',
      'no-addiction-care',
      'no-recovery-support',
      'no-coordination-consent',
      'danger-unanswered',
      'ketamine-misuse-unanswered',
      'current-use-unanswered',
      'detox-unanswered',
      'no-target-comorbidity',
    ],
  },
  // any current use, whatever the substance of concern (#13.4)
  {
    name: '200 days off alcohol, using cannabis daily',
    answers: { ...ideal, abstinentDays: 200, currentlyUsing: true },
    outcome: 'not-now',
    reasons: ['currently-using'],
    notes: [],
  },
  // safety questions not answered (#13.5)
  {
    name: 'only the groundwork answered: no safety question',
    answers: {
      abstinentDays: 120,
      negativeUrineScreen: true,
      inAddictionCare: true,
      recoverySupport: true,
      consentToCoordinate: true,
      substance: 'alcohol',
      comorbidity: 'trd',
      otherDissociativeMisuse: false,
    },
    outcome: 'discuss-with-clinician',
    reasons: [
      'danger-unanswered',
      'ketamine-misuse-unanswered',
      'current-use-unanswered',
      'detox-unanswered',
    ],
  },
  ...(
    [
      ['immediateDanger', 'danger-unanswered'],
      ['ketamineMisuse', 'ketamine-misuse-unanswered'],
      ['currentlyUsing', 'current-use-unanswered'],
      ['seekingDetox', 'detox-unanswered'],
    ] as const
  ).map(([key, reason]): Case => ({
    name: `${key} not answered, everything else met`,
    answers: { ...ideal, [key]: undefined },
    outcome: 'discuss-with-clinician',
    reasons: [reason],
  })),
  {
    name: 'groundwork outranks discussion points',
    answers: { ...ideal, consentToCoordinate: false, substance: 'opioids' },
    outcome: 'needs-groundwork',
    reasons: ['no-coordination-consent', 'opioids-limited-evidence'],
  },
  {
    name: 'not-now outranks groundwork',
    answers: { ...ideal, seekingDetox: true, negativeUrineScreen: false },
    outcome: 'not-now',
    reasons: ['seeking-detox', 'no-urine-screen'],
  },
  // discuss-with-clinician
  {
    name: 'other dissociative misuse',
    answers: { ...ideal, otherDissociativeMisuse: true },
    outcome: 'discuss-with-clinician',
    reasons: ['other-dissociative-misuse'],
    notes: treatmentNotes,
  },
  {
    name: 'depression not known to be resistant',
    answers: { ...ideal, comorbidity: 'depression' },
    outcome: 'discuss-with-clinician',
    reasons: ['no-target-comorbidity'],
  },
  {
    name: 'no comorbidity',
    answers: { ...ideal, comorbidity: 'none' },
    outcome: 'discuss-with-clinician',
    reasons: ['no-target-comorbidity'],
  },
  {
    name: 'unsure of a diagnosis',
    answers: { ...ideal, comorbidity: 'unsure' },
    outcome: 'discuss-with-clinician',
    reasons: ['no-target-comorbidity'],
  },
  {
    name: 'opioids',
    answers: { ...ideal, substance: 'opioids' },
    outcome: 'discuss-with-clinician',
    reasons: ['opioids-limited-evidence'],
  },
  ...(['cannabis', 'benzodiazepines', 'stimulants', 'other'] as const).map((substance): Case => ({
    name: substance,
    answers: { ...ideal, substance },
    outcome: 'discuss-with-clinician',
    reasons: ['substance-case-by-case'],
  })),
  {
    name: 'every discussion point at once',
    answers: { ...ideal, otherDissociativeMisuse: true, comorbidity: 'none', substance: 'opioids' },
    outcome: 'discuss-with-clinician',
    reasons: ['other-dissociative-misuse', 'no-target-comorbidity', 'opioids-limited-evidence'],
  },
];

describe('assessEligibility: the table', () => {
  for (const c of cases) {
    it(`${c.name} → ${c.outcome}`, () => {
      const result = assessEligibility(c.answers, c.rules);
      expect(result.outcome).to.equal(c.outcome);
      expect(result.reasons.map((r) => r.id)).to.deep.equal(c.reasons);
      if (c.notes) expect(result.notes.map((n) => n.id)).to.deep.equal(c.notes);
      expect(result.checkAgainInDays).to.equal(c.checkAgainInDays);
    });
  }

  it('covers every reason and every outcome', () => {
    const reasons = new Set(cases.flatMap((c) => c.reasons));
    expect([...reasons].sort()).to.deep.equal(Object.keys(REASONS).sort());
    expect(new Set(cases.map((c) => c.outcome)).size).to.equal(OUTCOMES.length);
  });
});

describe('assessEligibility: invalid input', () => {
  const bad: [string, unknown, unknown, string][] = [
    ['a negative number of days', { abstinentDays: -1 }, undefined, 'abstinentDays'],
    ['days that are not whole', { abstinentDays: 1.5 }, undefined, 'abstinentDays'],
    ['an unknown substance', { substance: 'ketamine' }, undefined, 'substance'],
    ['a string for a yes/no answer', { currentlyUsing: 'yes' }, undefined, 'currentlyUsing'],
    ['an unknown answer', { favouriteColour: 'blue' }, undefined, 'favouriteColour'],
    ['a minimum over 365 days', {}, { minAbstinenceDays: 400 }, 'minAbstinenceDays'],
    // A clinic may raise the seed's 30 days, never lower them (#13.2).
    [
      'a minimum of 0 days',
      { ...ideal, abstinentDays: 3 },
      { minAbstinenceDays: 0 },
      'minAbstinenceDays',
    ],
    ['a minimum of 29 days', {}, { minAbstinenceDays: 29 }, 'minAbstinenceDays'],
    ['a minimum that is not whole', {}, { minAbstinenceDays: 30.5 }, 'minAbstinenceDays'],
    ['a rule the seeds fix', {}, { maxAbstinenceDays: 90 }, 'maxAbstinenceDays'],
  ];
  for (const [name, answers, rules, path] of bad) {
    it(`throws a TypeError naming ${path} for ${name}`, () => {
      expect(() =>
        assessEligibility(answers as EligibilityAnswers, rules as Partial<EligibilityRules>),
      ).to.throw(TypeError, path);
    });
  }
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const yesNo = maybe(fc.boolean());
const answersArb: fc.Arbitrary<EligibilityAnswers> = fc.record(
  {
    immediateDanger: yesNo,
    substance: maybe(fc.constantFrom(...SUBSTANCES)),
    currentlyUsing: yesNo,
    abstinentDays: maybe(fc.nat({ max: 400 })),
    negativeUrineScreen: yesNo,
    seekingDetox: yesNo,
    inAddictionCare: yesNo,
    recoverySupport: yesNo,
    comorbidity: maybe(fc.constantFrom(...COMORBIDITIES)),
    ketamineMisuse: yesNo,
    otherDissociativeMisuse: yesNo,
    consentToCoordinate: yesNo,
  },
  { requiredKeys: [] },
);
const rulesArb = maybe(fc.record({ minAbstinenceDays: fc.integer({ min: 30, max: 365 }) }));

/** Lower is worse: urgent-help 0 … may-be-candidate 5. */
const rank = (outcome: Outcome) => OUTCOMES.indexOf(outcome);

/** For each answer, its values from safest to riskiest, in levels that decide alike. */
const ladders: Partial<Record<AnswerKey, unknown[][]>> = {
  substance: [
    ['alcohol', 'cocaine', undefined],
    ['opioids', 'cannabis', 'benzodiazepines', 'stimulants', 'other'],
  ],
  comorbidity: [
    ['trd', 'ptsd'],
    ['depression', 'none', 'unsure', undefined],
  ],
};
// A safety question not answered sits between the safe answer and the risky one.
for (const key of SAFETY_QUESTIONS) ladders[key] = [[false], [undefined], [true]];
ladders.otherDissociativeMisuse = [[false, undefined], [true]];
for (const key of [
  'negativeUrineScreen',
  'inAddictionCare',
  'recoverySupport',
  'consentToCoordinate',
] as const) {
  ladders[key] = [[true], [false, undefined]];
}

/** One answer changed toward risk: [key, safer value, riskier value]. */
const towardRisk: fc.Arbitrary<[AnswerKey, unknown, unknown]> = fc.oneof(
  fc
    .tuple(fc.nat({ max: 400 }), fc.nat({ max: 400 }))
    .map(([a, b]): [AnswerKey, unknown, unknown] => [
      'abstinentDays',
      Math.max(a, b),
      Math.min(a, b),
    ]),
  fc.constantFrom(...(Object.keys(ladders) as AnswerKey[])).chain((key) => {
    const levels = ladders[key]!;
    return fc
      .tuple(fc.nat({ max: levels.length - 1 }), fc.nat({ max: levels.length - 1 }))
      .chain(([a, b]) =>
        fc.tuple(
          fc.constant(key),
          fc.constantFrom(...levels[Math.min(a, b)]!),
          fc.constantFrom(...levels[Math.max(a, b)]!),
        ),
      );
  }),
);

describe('assessEligibility: properties', () => {
  it('returns ids and numbers, never words: the element writes the sentences', () => {
    expect(
      assessEligibility({ ...ideal, abstinentDays: 1 }, { minAbstinenceDays: 45 }),
    ).to.deep.equal({
      outcome: 'not-now',
      reasons: [{ id: 'abstinence-too-short', outcome: 'not-now' }],
      notes: [],
      checkAgainInDays: 44,
      minAbstinenceDays: 45,
      abstinentDays: 1,
    });
    const ids = new Set<string>([...OUTCOMES, ...Object.keys(REASONS), ...NOTES]);
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    fc.assert(
      fc.property(answersArb, rulesArb, (answers, rules) => {
        for (const text of strings(assessEligibility(answers, rules))) {
          expect(ids.has(text), text).to.equal(true);
        }
      }),
    );
  });

  it('immediate danger always gives urgent-help', () => {
    fc.assert(
      fc.property(answersArb, rulesArb, (answers, rules) => {
        expect(assessEligibility({ ...answers, immediateDanger: true }, rules).outcome).to.equal(
          'urgent-help',
        );
      }),
    );
  });

  it('ketamine misuse never gives better than not-suitable', () => {
    fc.assert(
      fc.property(answersArb, rulesArb, (answers, rules) => {
        const { outcome } = assessEligibility({ ...answers, ketamineMisuse: true }, rules);
        expect(rank(outcome)).to.be.at.most(rank('not-suitable'));
      }),
    );
  });

  it('changing one answer toward risk never improves the outcome', () => {
    fc.assert(
      fc.property(answersArb, rulesArb, towardRisk, (answers, rules, [key, safer, riskier]) => {
        const before = assessEligibility({ ...answers, [key]: safer }, rules).outcome;
        const after = assessEligibility({ ...answers, [key]: riskier }, rules).outcome;
        expect(rank(after), `${key}: ${String(safer)} → ${String(riskier)}`).to.be.at.most(
          rank(before),
        );
      }),
    );
  });

  it('every input gives exactly one outcome, decided by its first reason', () => {
    fc.assert(
      fc.property(answersArb, rulesArb, (answers, rules) => {
        const result = assessEligibility(answers, rules);
        expect(OUTCOMES).to.include(result.outcome);
        expect(result.reasons).to.have.length.at.least(1);
        expect(result.reasons[0]!.outcome).to.equal(result.outcome);
        const ranks = result.reasons.map((r) => rank(r.outcome));
        expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
        expect(new Set(result.reasons.map((r) => r.id)).size).to.equal(result.reasons.length);
        for (const reason of result.reasons) expect(REASONS[reason.id]).to.equal(reason.outcome);
      }),
    );
  });

  it('may-be-candidate only when every safety question is answered, and answered safely', () => {
    fc.assert(
      fc.property(answersArb, rulesArb, (answers, rules) => {
        if (assessEligibility(answers, rules).outcome !== 'may-be-candidate') return;
        for (const key of SAFETY_QUESTIONS) expect(answers[key], key).to.equal(false);
      }),
      { numRuns: 2000 },
    );
    // From a reader who meets every point, leaving any one safety question open loses it.
    fc.assert(
      fc.property(fc.constantFrom(...SAFETY_QUESTIONS), rulesArb, (key, rules) => {
        expect(assessEligibility({ ...ideal, [key]: undefined }, rules).outcome).not.to.equal(
          'may-be-candidate',
        );
      }),
    );
  });

  it('a safety question not answered is a reason and never improves the outcome', () => {
    fc.assert(
      fc.property(
        answersArb,
        rulesArb,
        fc.constantFrom(...SAFETY_QUESTIONS),
        (answers, rules, key) => {
          const safe = assessEligibility({ ...answers, [key]: false }, rules);
          const open = assessEligibility({ ...answers, [key]: undefined }, rules);
          expect(rank(open.outcome)).to.be.at.most(rank(safe.outcome));
          expect(open.reasons.map((r) => r.id)).to.satisfy((ids: string[]) =>
            ids.some((id) => id.endsWith('-unanswered')),
          );
        },
      ),
    );
  });

  it('any current use of alcohol or drugs gives not-now or worse', () => {
    fc.assert(
      fc.property(answersArb, rulesArb, (answers, rules) => {
        const { outcome } = assessEligibility({ ...answers, currentlyUsing: true }, rules);
        expect(rank(outcome)).to.be.at.most(rank('not-now'));
      }),
    );
  });

  it('never takes fewer than the 30-day floor: under it is not-now or worse, and a lower minimum is refused', () => {
    fc.assert(
      fc.property(
        answersArb,
        rulesArb,
        fc.nat({ max: 29 }),
        fc.nat({ max: 29 }),
        (answers, rules, days, lower) => {
          const { outcome } = assessEligibility(
            { ...answers, currentlyUsing: false, abstinentDays: days },
            rules,
          );
          expect(rank(outcome)).to.be.at.most(rank('not-now'));
          expect(() => assessEligibility(answers, { minAbstinenceDays: lower })).to.throw(
            TypeError,
            'minAbstinenceDays',
          );
          const asked = new Set(QUESTIONS.filter((key) => answers[key] !== undefined));
          expect(questionPath(answers, asked, lower)).to.deep.equal(
            questionPath(answers, asked, 30),
          );
        },
      ),
    );
  });

  it('an answer not given counts as not confirmed', () => {
    fc.assert(
      fc.property(answersArb, rulesArb, fc.constantFrom(...QUESTIONS), (answers, rules, key) => {
        if (key === 'abstinentDays') return;
        const levels = ladders[key]!;
        const notGiven = levels.find((level) => level.includes(undefined))!;
        const alike = notGiven.find((value) => value !== undefined && typeof value === 'boolean');
        if (alike === undefined) return;
        const given = assessEligibility({ ...answers, [key]: alike }, rules).outcome;
        expect(assessEligibility({ ...answers, [key]: undefined }, rules).outcome).to.equal(given);
      }),
    );
  });
});

describe('the questionnaire path', () => {
  it('asks the danger question first, and stops at once on danger or ketamine misuse', () => {
    expect(questionPath({}, new Set()).next).to.equal('immediateDanger');
    const danger = questionPath({ immediateDanger: true }, new Set(['immediateDanger']));
    expect(danger.next).to.equal(null);
    const misuse = questionPath(
      { immediateDanger: false, ketamineMisuse: true },
      new Set<AnswerKey>(['immediateDanger', 'ketamineMisuse']),
    );
    expect(misuse).to.deep.equal({
      asked: ['immediateDanger', 'ketamineMisuse'],
      next: null,
      left: 0,
    });
  });

  it('skips questions that cannot change the outcome or its reasons', () => {
    const answers: EligibilityAnswers = {
      immediateDanger: false,
      ketamineMisuse: false,
      currentlyUsing: true,
    };
    const asked = new Set(Object.keys(answers) as AnswerKey[]);
    // Still using is not-now whatever follows; only detox adds a reason (and a next step) to it.
    expect(openQuestions(answers, asked)).to.deep.equal(['seekingDetox']);
    const path = questionPath(
      { ...answers, seekingDetox: false },
      new Set([...asked, 'seekingDetox']),
    );
    expect(path).to.deep.equal({
      asked: ['immediateDanger', 'ketamineMisuse', 'currentlyUsing', 'seekingDetox'],
      next: null,
      left: 0,
    });
  });

  it('asks the days, and reads a minimum under the floor as 30 days', () => {
    const answers: EligibilityAnswers = {
      immediateDanger: false,
      ketamineMisuse: false,
      currentlyUsing: false,
    };
    const asked = new Set(Object.keys(answers) as AnswerKey[]);
    expect(questionPath(answers, asked, 0).next).to.equal('abstinentDays');
    expect(openQuestions({ ...answers, abstinentDays: 3 }, asked, 0)).to.deep.equal(
      openQuestions({ ...answers, abstinentDays: 3 }, asked, 30),
    );
  });

  it('counts a "not sure" answer as asked and not confirmed', () => {
    const answered = new Set<AnswerKey>([
      'immediateDanger',
      'ketamineMisuse',
      'currentlyUsing',
      'abstinentDays',
      'seekingDetox',
      'negativeUrineScreen',
    ]);
    const path = questionPath(
      {
        immediateDanger: false,
        ketamineMisuse: false,
        currentlyUsing: false,
        abstinentDays: 50,
        seekingDetox: false,
      },
      answered,
    );
    expect(path.asked).to.include('negativeUrineScreen');
    // Already needs-groundwork: the discussion points below it can no longer change the outcome.
    expect(path.next).to.equal('inAddictionCare');
    expect(path.left).to.equal(3);
  });

  it('never promises too few questions, and stops only when the outcome is certain', () => {
    fc.assert(
      fc.property(answersArb, answersArb, rulesArb, (reader, other, rules) => {
        const min = rules?.minAbstinenceDays ?? 30;
        const answered = new Set<AnswerKey>();
        const lefts: number[] = [];
        for (;;) {
          const path = questionPath(reader, answered, min);
          expect(path.asked).to.deep.equal([...answered]);
          if (!path.next) {
            expect(path.left).to.equal(0);
            break;
          }
          lefts.push(path.left);
          answered.add(path.next);
        }
        // The count at each step covers every question actually asked from there on.
        lefts.forEach((left, i) => expect(left).to.be.at.least(lefts.length - i));
        // Questions never asked change neither the outcome nor the reasons that decide it.
        const deciding = (answers: EligibilityAnswers) => {
          const { outcome, reasons } = assessEligibility(answers, rules);
          return [outcome, ...reasons.filter((r) => r.outcome === outcome).map((r) => r.id)];
        };
        expect(deciding(fillWith(reader, answered, other))).to.deep.equal(deciding(reader));
      }),
      { numRuns: 1000 },
    );
  });
});

/** The reader's answers for the asked questions, the other answers for the rest. */
function fillWith(
  reader: EligibilityAnswers,
  asked: Set<AnswerKey>,
  rest: EligibilityAnswers,
): EligibilityAnswers {
  const out: EligibilityAnswers = {};
  for (const key of QUESTIONS) {
    const value = asked.has(key) ? reader[key] : rest[key];
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

describe('the answers and rules schemas', () => {
  it('agree with the engine on what is valid', () => {
    const anything = fc.oneof(
      fc.boolean(),
      fc.integer({ min: -5, max: 500 }),
      fc.double(),
      fc.string(),
      fc.constantFrom(...SUBSTANCES, ...COMORBIDITIES),
      fc.constant(null),
    );
    const key = fc.constantFrom(...QUESTIONS, 'unknownKey' as AnswerKey);
    fc.assert(
      fc.property(fc.dictionary(key, anything, { maxKeys: 4 }), (input) => {
        expect(check(eligibilityAnswersSchema, input).ok, JSON.stringify(input)).to.equal(
          answerIssues(input).length === 0,
        );
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('minAbstinenceDays', 'other'), anything, { maxKeys: 2 }),
        (input) => {
          expect(check(eligibilityRulesSchema, input).ok, JSON.stringify(input)).to.equal(
            ruleIssues(input).length === 0,
          );
        },
      ),
    );
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(answerIssues(answers)).to.deep.equal([]);
      }),
    );
  });
});
