import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { crisisLinesFor } from '../src/content/crisis-support.js';
import type { CrisisRegion } from '../src/context/clinic-context.js';
import { en, fr } from './helpers/strings.js';
import { crisisLinesView } from '../src/internal/crisis-lines-view.js';
import '../src/elements/eligibility-check/eligibility-check.js';
import '../src/elements/clinic-context/clinic-context.js';
import type {
  EligibilityCheck,
  EligibilityResultDetail,
} from '../src/elements/eligibility-check/eligibility-check.js';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import { candidateAnswers, quietErrors } from './helpers/fixtures.js';

const shadow = (el: EligibilityCheck) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const legend = (el: EligibilityCheck) => text(shadow(el).querySelector('legend'));
const focused = (el: EligibilityCheck) => shadow(el).activeElement as HTMLElement | null;
const heading = (el: EligibilityCheck) => text(shadow(el).querySelector('h3'));
const status = (el: EligibilityCheck) => text(shadow(el).querySelector('[role=status]'));
const press = (key: string) => sendKeys({ press: key });

/** Tabs forward until the focused control's text starts with `label`. */
async function tabTo(el: EligibilityCheck, label: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await press('Tab');
    if (text(focused(el)).startsWith(label)) return;
  }
  throw new Error(`no control "${label}" reached by Tab`);
}

/**
 * Answers the current question with the keyboard only, from its legend: Tab into the
 * options, Space (first option) or ArrowDown (later ones), or type the days; then Continue.
 */
async function answer(el: EligibilityCheck, choice: number | string): Promise<void> {
  expect(focused(el)?.localName, `focus on the legend of "${legend(el)}"`).to.equal('legend');
  await press('Tab');
  if (typeof choice === 'string') await sendKeys({ type: choice });
  else if (choice === 0) await press('Space');
  else for (let i = 0; i < choice; i += 1) await press('ArrowDown');
  await press('Tab');
  expect(text(focused(el))).to.equal('Continue');
  await press('Enter');
  await el.updateComplete;
}

/** Answers in order; checks axe on each question when asked to. */
async function walk(
  el: EligibilityCheck,
  choices: (number | string)[],
  axe = false,
): Promise<void> {
  for (const choice of choices) {
    if (axe) await expect(el).to.be.accessible();
    await answer(el, choice);
  }
}

async function seeResult(el: EligibilityCheck): Promise<void> {
  expect(heading(el)).to.equal('Check your answers');
  expect(focused(el)?.localName).to.equal('h3');
  await tabTo(el, 'See my result');
  await press('Enter');
  await el.updateComplete;
}

/** Presses the first screen's Start: the first question comes, its legend focused. */
async function begin(el: EligibilityCheck): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await el.updateComplete;
}

async function start(
  template = html`<eligibility-check></eligibility-check>`,
): Promise<EligibilityCheck> {
  const el = await fixture<EligibilityCheck>(template);
  await begin(el);
  return el;
}

// Answers by question: 0 = first option (Yes), 1 = No, 2 = "I'm not sure"; strings are days.
const NO = 1;
const YES = 0;
const NOT_SURE = 2;
/** Danger no, misuse no, not using, 120 days, no detox, the four groundwork points met. */
const stable = [NO, NO, NO, '120', NO, YES, YES, YES, YES];

describe('<eligibility-check>', () => {
  it('opens on a first screen whose Start, reached with Tab, asks the danger question', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    expect(text(shadow(el).querySelector('.title'))).to.equal(en.eligibilityCheck.title);
    expect(text(shadow(el).querySelector('.intro'))).to.contain('nothing is sent or saved');
    expect(shadow(el).querySelector('fieldset')).to.equal(null);
    await expect(el).to.be.accessible();
    await press('Tab');
    expect(text(focused(el))).to.equal('Start the pre-screen');
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)?.localName, 'focus on the first question').to.equal('legend');
    expect(legend(el)).to.equal(
      'Are you in danger right now, or having thoughts of ending your life?',
    );
    expect(text(shadow(el).querySelector('.progress'))).to.equal(
      'Question 1 · At most 11 more questions after this one.',
    );
    await press('Tab');
    expect(focused(el)?.getAttribute('type')).to.equal('radio');
    expect(el.result).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('urgent-help: one Yes shows the crisis lines at once, focused and announced', async () => {
    const el = await start();
    const heard = oneEvent(el, 'eligibility-result');
    await answer(el, YES);
    const { detail } = (await heard) as CustomEvent<EligibilityResultDetail>;
    expect(detail).to.deep.equal({
      outcome: 'urgent-help',
      reasons: el.result!.reasons.map((r) => r.id),
    });
    expect(heading(el)).to.equal('Please get help now');
    expect(focused(el)?.id).to.equal('result-title');
    expect(status(el)).to.equal('Result: Please get help now');
    // No region known: the article's North American message, one tap to call or text 988.
    const crisis = shadow(el).querySelector('crisis-banner .crisis')!;
    expect(text(crisis)).to.contain('call emergency services now');
    const links = [...crisis.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:988', 'sms:988']);
    // The crisis lines come before anything else in the panel.
    expect(shadow(el).querySelector('.result > h3 + crisis-banner')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('urgent-help: shows the region’s emergency number (Canada: 911 and 988)', async () => {
    const el = await start(html`<eligibility-check region="CA"></eligibility-check>`);
    await answer(el, YES);
    const links = [...shadow(el).querySelectorAll('.crisis a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:911', 'tel:988', 'sms:988']);
  });

  it('not-suitable: ketamine misuse stops the questions', async () => {
    const el = await start();
    await walk(el, [NO, YES]);
    await expect(el).to.be.accessible();
    expect(text(shadow(el).querySelector('dl'))).to.contain('Have you ever misused ketamine? Yes');
    const heard = oneEvent(el, 'eligibility-result');
    await seeResult(el);
    expect(((await heard) as CustomEvent<EligibilityResultDetail>).detail.outcome).to.equal(
      'not-suitable',
    );
    expect(heading(el)).to.equal('Ketamine therapy is not an option here');
    expect(text(shadow(el).querySelector('.result ul'))).to.contain('hard exclusion');
    // A hard exclusion lists nothing else to work on.
    expect(shadow(el).querySelectorAll('.result h4')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('not-now: short abstinence says when to check again', async () => {
    const el = await start();
    await walk(el, [NO, NO, NO, '12', NO]);
    await seeResult(el);
    expect(heading(el)).to.equal('Not right now');
    const panel = text(shadow(el).querySelector('.result'));
    expect(panel).to.contain(
      'You have gone 12 days without alcohol or drugs. The clinic looks for at least 30 days, confirmed by tests.',
    );
    expect(panel).to.contain('help with withdrawal if you need it');
    expect(panel).to.contain('You could check again in 18 days.');
    // A day count is never named without the seed's usual range (#13.11).
    expect(panel).to.contain(
      'It is usually 30 to 90 days, based on the drug, how severe the use was and how stable you are.',
    );
    await expect(el).to.be.accessible();
  });

  it('not-now: still using skips the days and the groundwork', async () => {
    const el = await start();
    await walk(el, [NO, NO, YES, NO]);
    expect(shadow(el).querySelectorAll('dl .row')).to.have.length(4);
    await seeResult(el);
    expect(heading(el)).to.equal('Not right now');
    expect(text(shadow(el).querySelector('.result'))).not.to.contain('check again in');
  });

  it('needs-groundwork: "I’m not sure" counts as not confirmed', async () => {
    const el = await start();
    await walk(el, [NO, NO, NO, '45', NO, NOT_SURE, YES, NO, YES]);
    await seeResult(el);
    expect(heading(el)).to.equal('A few steps come first');
    const reasons = [...shadow(el).querySelectorAll('.result ul')[0]!.children].map(text);
    expect(reasons).to.have.length(2);
    expect(reasons[0]).to.contain('confirmed by urine tests');
    expect(reasons[1]).to.contain('Support for your recovery is part of the plan');
    expect(text(shadow(el).querySelector('.result'))).to.contain('usually 30 to 90 days');
    await expect(el).to.be.accessible();
  });

  it('discuss-with-clinician: every question, with axe on each; the intake link from the context', async () => {
    const wrapper = await fixture(
      html`<clinic-context intake-url="/book-intake">
        <eligibility-check></eligibility-check>
      </clinic-context>`,
    );
    const el = wrapper.querySelector('eligibility-check')!;
    await el.updateComplete;
    await begin(el);
    // Opioids are the fourth substance; "None of these" the fourth diagnosis.
    await walk(el, [...stable, 3, 3, NO], true);
    expect(shadow(el).querySelectorAll('dl .row')).to.have.length(12);
    await seeResult(el);
    expect(heading(el)).to.equal('Worth talking over with a clinician');
    const reasons = [...shadow(el).querySelectorAll('.result ul')[0]!.children].map(text);
    expect(reasons[0]).to.contain('treatment-resistant depression or PTSD');
    expect(reasons[1]).to.contain('Buprenorphine or methadone are still the first treatment');
    expect(shadow(el).querySelector('a.intake')!.getAttribute('href')).to.equal('/book-intake');
    await expect(el).to.be.accessible();
  });

  it('may-be-candidate: sends nothing, stores nothing, and the event carries no answers', async () => {
    const requests: string[] = [];
    const { fetch: realFetch, navigator } = window;
    const realOpen = XMLHttpRequest.prototype.open;
    const realBeacon = navigator.sendBeacon;
    const realSetItem = Storage.prototype.setItem;
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(String(input));
      return realFetch(input);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      requests.push(String(args[1]));
      return (realOpen as (...a: unknown[]) => void).apply(this, args);
    };
    navigator.sendBeacon = (url: string | URL) => (requests.push(String(url)), true);
    Storage.prototype.setItem = function (key: string) {
      requests.push(`storage:${key}`);
    };
    const resources = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const storage = [localStorage.length, sessionStorage.length, document.cookie];
    try {
      const el = await start(
        html`<eligibility-check intake-url="https://clinic.example/intake"></eligibility-check>`,
      );
      await walk(el, [...stable, 1, 1, NO]);
      const heard = oneEvent(el, 'eligibility-result');
      await seeResult(el);
      const { detail } = (await heard) as CustomEvent<EligibilityResultDetail>;
      expect(detail).to.deep.equal({
        outcome: 'may-be-candidate',
        reasons: ['screening-points-met'],
      });
      expect(heading(el)).to.equal('You may be a candidate for an intake call');
      expect(shadow(el).querySelector('a.intake')!.getAttribute('href')).to.equal(
        'https://clinic.example/intake',
      );
      const panel = text(shadow(el).querySelector('.result'));
      expect(panel).to.contain('not medical advice or a diagnosis');
      expect(panel).to.contain('Ketamine is generally not given to take home.');
      expect(panel).to.contain('You have a urine drug test before each session.');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
      XMLHttpRequest.prototype.open = realOpen;
      navigator.sendBeacon = realBeacon;
      Storage.prototype.setItem = realSetItem;
    }
    expect(requests).to.deep.equal([]);
    const newResources = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !resources.has(name) && !/axe|chai-a11y/.test(name));
    expect(newResources).to.deep.equal([]);
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storage);
  });

  it('Back keeps the answers, and Continue walks forward through them', async () => {
    const el = await start();
    await walk(el, [NO, NO, NO]);
    expect(legend(el)).to.equal(
      'How many days has it been since you last used alcohol or any drug?',
    );
    await tabTo(el, 'Back');
    await press('Enter');
    await el.updateComplete;
    expect(legend(el)).to.equal('Do you use any alcohol or drugs now?');
    expect(focused(el)?.localName).to.equal('legend');
    expect(text(shadow(el).querySelector('.progress'))).to.contain('Question 3');
    const checked = shadow(el).querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value).to.equal('no');
    // Change it to Yes: Tab lands on the checked option, ArrowUp moves to Yes.
    await press('Tab');
    await press('ArrowUp');
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    // Still using: the days question no longer applies; detox is next.
    expect(legend(el)).to.equal('Are you looking for help to get through withdrawal (detox)?');
    expect(el.answers).to.deep.equal({
      immediateDanger: false,
      ketamineMisuse: false,
      currentlyUsing: true,
    });
  });

  it('Change on the check step returns to the summary', async () => {
    const el = await start();
    await walk(el, [NO, NO, NO, '12', NO]);
    expect(heading(el)).to.equal('Check your answers');
    await tabTo(el, 'Change your answer to: How many days');
    await press('Enter');
    await el.updateComplete;
    expect(legend(el)).to.equal(
      'How many days has it been since you last used alcohol or any drug?',
    );
    expect(shadow(el).querySelector<HTMLInputElement>('input')!.value).to.equal('12');
    await press('Tab');
    await press('Backspace');
    await press('Backspace');
    await answerDays(el, '40');
    // 40 days opens the groundwork questions: they come next, then the summary again.
    expect(legend(el)).to.equal('Has your abstinence been confirmed by urine drug screening?');
    await walk(el, [YES, YES, YES, YES, 0, 0, NO]);
    expect(heading(el)).to.equal('Check your answers');
    expect(text(shadow(el).querySelector('dl'))).to.contain('40 days');
  });

  it('shows a wrong number of days by the field and announces it', async () => {
    const el = await start();
    await walk(el, [NO, NO, NO]);
    for (const wrong of ['-3', '1.5', '']) {
      await press('Tab');
      await sendKeys({ type: wrong });
      await press('Enter');
      await el.updateComplete;
      const input = shadow(el).querySelector('input')!;
      const error = shadow(el).querySelector('#error')!;
      expect(text(error)).to.equal('Enter a whole number of days, 0 or more, such as 45.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('hint error');
      expect(focused(el)).to.equal(input);
      await el.updateComplete;
      expect(status(el)).to.equal('Enter a whole number of days, 0 or more, such as 45.');
      await expect(el).to.be.accessible();
      input.value = '';
      shadow(el).querySelector<HTMLElement>('legend')!.focus();
    }
    expect(legend(el)).to.equal(
      'How many days has it been since you last used alcohol or any drug?',
    );
  });

  it('asks for an answer when none is chosen', async () => {
    const el = await start();
    await tabTo(el, 'Continue');
    await press('Enter');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('#error'))).to.equal('Choose an answer.');
    expect(shadow(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal(
      'progress hint error',
    );
    expect(focused(el)?.getAttribute('type')).to.equal('radio');
    const radios = [...shadow(el).querySelectorAll('input[type=radio]')];
    expect(radios.map((r) => r.getAttribute('aria-invalid'))).to.deep.equal(
      radios.map(() => 'true'),
    );
    await expect(el).to.be.accessible();
  });

  it('Start over clears every answer and returns to the first question', async () => {
    const el = await start();
    await walk(el, [NO, YES]);
    await seeResult(el);
    await tabTo(el, 'Start over');
    await press('Enter');
    await el.updateComplete;
    expect(legend(el)).to.equal(
      'Are you in danger right now, or having thoughts of ending your life?',
    );
    expect(focused(el)?.localName).to.equal('legend');
    expect(shadow(el).querySelector('input:checked')).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(el.result).to.equal(null);
  });

  it('prints the answers and the result', async () => {
    const el = await start();
    let printed = 0;
    const realPrint = window.print;
    window.print = () => (printed += 1);
    try {
      await walk(el, [NO, YES]);
      await seeResult(el);
      await tabTo(el, 'Print summary');
      await press('Enter');
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.equal(1);
    const printOnly = shadow(el).querySelector('.print-only')!;
    expect(text(printOnly))
      .to.contain('Your answers')
      .and.contain('Have you ever misused ketamine? Yes');
  });

  it('speaks French', async () => {
    const el = await start(html`<eligibility-check locale="fr" region="CA"></eligibility-check>`);
    expect(legend(el)).to.equal(
      'Êtes-vous en danger en ce moment, ou avez-vous des pensées de mettre fin à vos jours?',
    );
    expect(text(shadow(el).querySelector('.progress'))).to.equal(
      'Question 1 · Au plus 11 autres questions après celle-ci.',
    );
    expect(text(shadow(el).querySelector('.actions button'))).to.equal('Continuer');
    el.answers = {
      immediateDanger: false,
      ketamineMisuse: false,
      currentlyUsing: false,
      abstinentDays: 1,
    };
    await el.updateComplete;
    expect(legend(el)).to.equal(
      'Cherchez-vous de l’aide pour traverser le sevrage (désintoxication)?',
    );
    el.answers = { ...el.answers, seekingDetox: false };
    await el.updateComplete;
    expect(heading(el)).to.equal('Pas pour le moment');
    const panel = text(shadow(el).querySelector('.result'));
    expect(panel).to.contain('Vous êtes sans alcool ni drogue depuis 1 jour');
    expect(panel).to.contain('Vous pourrez refaire la vérification dans 29 jours.');
    await expect(el).to.be.accessible();
  });

  it('resumes a partial set of answers and shows the result of a complete one', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    el.answers = { immediateDanger: false, ketamineMisuse: false };
    await el.updateComplete;
    expect(legend(el)).to.equal('Do you use any alcohol or drugs now?');
    expect(text(shadow(el).querySelector('.progress'))).to.contain('Question 3');
    expect(el.result).to.equal(null);
    const heard = oneEvent(el, 'eligibility-result');
    el.answers = { immediateDanger: false, ketamineMisuse: true };
    const { detail } = (await heard) as CustomEvent<EligibilityResultDetail>;
    expect(detail).to.deep.equal({
      outcome: 'not-suitable',
      reasons: el.result!.reasons.map((r) => r.id),
    });
    expect(heading(el)).to.equal('Ketamine therapy is not an option here');
    el.reset();
    await el.updateComplete;
    expect(el.result).to.equal(null);
    expect(legend(el)).to.contain('Are you in danger');
  });

  it('keeps answers set before the element upgrades', async () => {
    // A document without a window does not upgrade custom elements: the page's script is "late".
    const inert = document.implementation.createHTMLDocument('');
    const el = inert.createElement('eligibility-check') as EligibilityCheck;
    el.answers = { immediateDanger: false };
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(document.adoptNode(el));
    await el.updateComplete;
    expect(legend(el)).to.equal('Have you ever misused ketamine?');
  });

  it('ignores bad answers and a bad minimum, telling the author once', async () => {
    const errors: string[] = [];
    const realError = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const el = await fixture<EligibilityCheck>(
        html`<eligibility-check
          min-abstinence-days="soon"
          intake-url="javascript:alert(1)"
        ></eligibility-check>`,
      );
      el.answers = { immediateDanger: false, abstinentDays: -4 } as never;
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ immediateDanger: false });
      el.answers = { ...ideal(), substance: 'opioids' };
      await el.updateComplete;
      expect(shadow(el).querySelector('a.intake')).to.equal(null);
      expect(el.result!.outcome).to.equal('discuss-with-clinician');
    } finally {
      console.error = realError;
    }
    expect(errors.some((e) => e.includes('abstinentDays: expected a whole number'))).to.equal(true);
    expect(errors.some((e) => e.includes('min-abstinence-days "soon"'))).to.equal(true);
    expect(errors.some((e) => e.includes('intake-url'))).to.equal(true);
  });

  it('follows min-abstinence-days', async () => {
    const el = await fixture<EligibilityCheck>(
      html`<eligibility-check min-abstinence-days="60"></eligibility-check>`,
    );
    el.answers = { ...ideal(), abstinentDays: 45 };
    await el.updateComplete;
    expect(heading(el)).to.equal('Not right now');
    expect(text(shadow(el).querySelector('.result'))).to.contain(
      'You could check again in 15 days.',
    );
    el.setAttribute('min-abstinence-days', '30');
    await el.updateComplete;
    expect(heading(el)).to.equal('You may be a candidate for an intake call');
  });

  it('never lowers the 30-day floor: a lower minimum is an author error and 30 applies', async () => {
    const { errors, restore } = quietErrors();
    let el: EligibilityCheck;
    let detail: ContentErrorDetail;
    try {
      el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
      const heard = oneEvent(el, 'content-error');
      el.setAttribute('min-abstinence-days', '0');
      el.answers = { ...ideal(), abstinentDays: 3 };
      detail = ((await heard) as CustomEvent<ContentErrorDetail>).detail;
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(heading(el)).to.equal('Not right now');
    expect(text(shadow(el).querySelector('.result'))).to.contain(
      'You could check again in 27 days.',
    );
    expect(detail.issues[0]!.path).to.equal('min-abstinence-days');
    expect(errors.filter((e) => e.includes('min-abstinence-days "0"'))).to.have.length(1);
    expect(errors[0]).to.contain('never lower it');
  });

  it('asks about any current alcohol or drug use, not only the substance of concern', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    el.answers = { immediateDanger: false, ketamineMisuse: false };
    await el.updateComplete;
    expect(legend(el)).to.equal('Do you use any alcohol or drugs now?');
    expect(text(shadow(el).querySelector('.hint'))).to.contain(
      'not only the one you want to stop: cannabis too',
    );
    el.answers = { ...ideal(), abstinentDays: 200, currentlyUsing: true };
    await el.updateComplete;
    expect(heading(el)).to.equal('Not right now');
  });

  it('urgent-help shows only what helps now: the lines, the emergency number, Start over', async () => {
    const el = await start(html`<eligibility-check region="CA"></eligibility-check>`);
    await answer(el, YES);
    const result = shadow(el).querySelector('.result')!;
    expect(result.querySelector('crisis-banner')).to.exist;
    expect(result.querySelector('.standing')).to.equal(null);
    expect(result.querySelector('h4')).to.equal(null);
    const buttons = [...result.querySelectorAll('button')].map(text);
    expect(buttons).to.deep.equal(['Start over']);
    expect(text(result)).not.to.contain('pre-screen');
  });

  it('needs-groundwork offers the intake call it speaks of', async () => {
    const el = await fixture<EligibilityCheck>(
      html`<eligibility-check intake-url="/intake"></eligibility-check>`,
    );
    el.answers = { ...ideal(), abstinentDays: 45, recoverySupport: false };
    await el.updateComplete;
    expect(el.result!.outcome).to.equal('needs-groundwork');
    expect(text(shadow(el).querySelector('.result'))).to.contain('intake call');
    expect(shadow(el).querySelector('a.intake')!.getAttribute('href')).to.equal('/intake');
  });

  it('tells a French reader they may be a candidate for an intake call, never « admissible »', async () => {
    const el = await fixture<EligibilityCheck>(
      html`<eligibility-check locale="fr"></eligibility-check>`,
    );
    el.answers = ideal();
    await el.updateComplete;
    expect(heading(el)).to.equal('Vous pourriez être candidat ou candidate à un appel d’accueil');
    const panel = text(shadow(el).querySelector('.result'));
    expect(panel).not.to.match(/admissib|éligib|approuv|qualifi|accept/i);
    expect(panel).to.contain('appel d’accueil');
  });

  describe('urgent-help follows the crisis banner’s region rules', () => {
    const hrefs = (root: ParentNode) =>
      [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

    for (const [attrs, expected] of [
      [{ region: 'UK' }, ['tel:999', 'tel:116123', 'sms:85258', 'tel:111']],
      [{ locale: 'fr-FR' }, ['tel:112', 'tel:15', 'tel:3114']],
      [{ region: 'NZ' }, ['tel:111', 'tel:1737', 'sms:1737']],
      [{ region: 'ZZ' }, ['https://findahelpline.com/']],
    ] as const) {
      it(`shows ${JSON.stringify(attrs)}'s lines, drawn by the banner's own piece`, async () => {
        const { errors, restore } = quietErrors();
        let el: EligibilityCheck;
        try {
          el = await start(
            html`<eligibility-check
              region=${ifDefined('region' in attrs ? attrs.region : undefined)}
              locale=${ifDefined('locale' in attrs ? attrs.locale : undefined)}
            ></eligibility-check>`,
          );
          el.answers = { immediateDanger: true };
          await el.updateComplete;
        } finally {
          restore();
        }
        const crisis = shadow(el).querySelector('crisis-banner .crisis')!;
        expect(hrefs(crisis)).to.deep.equal(expected);
        if ('region' in attrs && attrs.region === 'ZZ') {
          expect(text(crisis)).to.contain('call your local emergency number now');
          expect(text(crisis)).not.to.contain('988');
          expect(errors.join()).to.contain('region "ZZ"');
        }
        // The same piece as <crisis-banner>: same words, same links, same order.
        const same = document.createElement('div');
        const locale = String(el.locale) === 'fr-FR' ? 'fr' : 'en';
        const aliases: Record<string, string> = { UK: 'GB', ZZ: 'international' };
        const region = aliases[el.region ?? ''] ?? el.region ?? 'FR';
        render(
          crisisLinesView(
            locale === 'fr' ? fr.crisisBanner : en.crisisBanner,
            crisisLinesFor(region as CrisisRegion, locale),
          ),
          same,
        );
        expect(text(crisis)).to.equal(text(same));
        await expect(el).to.be.accessible();
      });
    }
  });

  it('shows a registered <crisis-banner> for urgent help', async () => {
    await import('../src/elements/crisis-banner/crisis-banner.js');
    const el = await start(html`<eligibility-check region="GB"></eligibility-check>`);
    await answer(el, YES);
    const banner = shadow(el).querySelector('crisis-banner')!;
    await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const links = [...banner.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:999').and.include('tel:116123');
    await expect(el).to.be.accessible();
  });
});

async function answerDays(el: EligibilityCheck, days: string): Promise<void> {
  await sendKeys({ type: days });
  await press('Enter');
  await el.updateComplete;
}

const ideal = candidateAnswers;
