import { expect, waitUntil } from '@open-wc/testing';
import first from '../src/elements/eligibility-check/strings/en.js';
import { closePage, openPage, type HostPage } from './host-pages/host.js';

/**
 * The questionnaire loads on use (issue 17.3), in the CMS build: its first screen comes with
 * the element's chunk; the engine, the question text and the code that draws the questions
 * are chunks of their own, fetched when the reader starts or the questionnaire nears the
 * viewport. Each page is a fresh iframe, so nothing is already loaded; the test server counts
 * (and on cue holds) the engine and the question text, or the drawing code.
 */
const LAZY_CHUNKS = String.raw`^/dist/cdn/eligibility-(engine|check-questionnaire\.\w+)-[\w-]+\.js$`;

async function network(query = ''): Promise<number> {
  const response = await fetch(`/test/network${query}`, { cache: 'no-store' });
  return ((await response.json()) as { count: number }).count;
}

let page: HostPage | undefined;
afterEach(async () => {
  await network('?release');
  if (page) closePage(page);
  page = undefined;
});

const check = (p: HostPage) => p.doc.querySelector('eligibility-check')!;
const shadow = (p: HostPage) => check(p).shadowRoot!;
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const startButton = (p: HostPage) => shadow(p).querySelector<HTMLButtonElement>('button.primary')!;

/** The chunk names of the scripts the page has fetched. */
function scripts(p: HostPage): string[] {
  return p.win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.endsWith('.js'));
}

describe('<eligibility-check> loads its questions on use (CMS build)', () => {
  it('below the fold: the first screen works, and neither engine nor questions are fetched until it nears the viewport', async () => {
    await network(`?watch=${encodeURIComponent(LAZY_CHUNKS)}`);
    page = await openPage({
      body: `<div style="height: 4000px">An article.</div><eligibility-check></eligibility-check>`,
      waitFor: ['eligibility-check'],
    });
    expect(text(shadow(page).querySelector('.title'))).to.equal(first.title);
    expect(text(shadow(page).querySelector('.intro'))).to.contain(first.privacy);
    expect(text(startButton(page))).to.equal(first.start);
    expect(shadow(page).querySelector('fieldset')).to.equal(null);
    // The element's own chunk came; the engine and the questions did not.
    expect(scripts(page).some((path) => /\/eligibility-check-[\w-]+\.js$/.test(path))).to.equal(
      true,
    );
    expect(await network(), 'lazy chunks fetched at load').to.equal(0);

    check(page).scrollIntoView();
    await waitUntil(async () => (await network()) === 2, 'engine and English questions fetched');
    const lazy = () => scripts(page!).filter((path) => new RegExp(LAZY_CHUNKS).test(path));
    await waitUntil(() => lazy().length === 2, 'both arrived');
    const fetched = lazy();
    expect(
      fetched.every((path) => !/\.fr-/.test(path)),
      'no French',
    ).to.equal(true);
    // Near the viewport it only prefetches: the reader still chooses to start.
    expect(shadow(page).querySelector('fieldset')).to.equal(null);
    startButton(page).click();
    await waitUntil(() => shadow(page!).querySelector('legend'), 'the first question');
    expect(shadow(page).activeElement?.localName, 'focus on the first question').to.equal('legend');
    expect(page.captured.errors).to.deep.equal([]);
  });

  it('only the first screen shown: the code that draws the questions is not fetched until Start', async () => {
    const DRAWING = String.raw`^/dist/cdn/eligibility-questionnaire-[\w-]+\.js$`;
    await network(`?watch=${encodeURIComponent(DRAWING)}`);
    page = await openPage({
      body: `<div style="height: 4000px">An article.</div><eligibility-check></eligibility-check>`,
      waitFor: ['eligibility-check'],
    });
    const drawing = () => scripts(page!).filter((path) => new RegExp(DRAWING).test(path));
    expect(text(startButton(page))).to.equal(first.start);
    expect(drawing(), 'fetched with the first screen').to.deep.equal([]);
    expect(await network(), 'requested with the first screen').to.equal(0);

    startButton(page).click();
    await waitUntil(() => shadow(page!).querySelector('legend'), 'the first question');
    expect(drawing(), 'fetched on Start').to.have.length(1);
    expect(await network(), 'requested on Start').to.equal(1);
    expect(shadow(page).activeElement?.localName, 'focus on the first question').to.equal('legend');
    expect(page.captured.errors).to.deep.equal([]);
  });

  it('Start before the questions arrive: the click waits, says why, then asks the first question with focus on it', async () => {
    await network(`?watch=${encodeURIComponent(LAZY_CHUNKS)}&hold`);
    page = await openPage({
      body: `<eligibility-check></eligibility-check>`,
      waitFor: ['eligibility-check'],
    });
    // The host page in the reader's view (the test page may have scrolled it away).
    page.frame.scrollIntoView();
    // In view, the questions were asked for at once, and the network is slow.
    await waitUntil(async () => (await network()) >= 1, 'the prefetch started');
    const button = startButton(page);
    button.focus();
    button.click();
    await waitUntil(
      () => text(shadow(page!).querySelector('[role=status]')) === first.loadingQuestions,
      'a status says the questions are loading',
    );
    expect(text(shadow(page).querySelector('.notice'))).to.equal(first.loadingQuestions);
    expect(shadow(page).querySelector('fieldset')).to.equal(null);

    await network('?release');
    await waitUntil(() => shadow(page!).querySelector('legend'), 'the first question, unasked');
    expect(text(shadow(page).querySelector('legend'))).to.equal(
      'Are you in danger right now, or having thoughts of ending your life?',
    );
    expect(shadow(page).activeElement?.localName, 'focus on the first question').to.equal('legend');
    expect(text(shadow(page).querySelector('[role=status]'))).to.equal('');
    expect(shadow(page).querySelector('.notice')).to.equal(null);
    expect(page.captured.errors).to.deep.equal([]);
  });

  it('Start with the network down: says the questions could not be loaded, and Start tries again', async () => {
    await network(`?watch=${encodeURIComponent(LAZY_CHUNKS)}&fail`);
    page = await openPage({
      body: `<div style="height: 4000px">An article.</div><eligibility-check></eligibility-check>`,
      waitFor: ['eligibility-check'],
    });
    const errors = page.captured.errors;
    startButton(page).click();
    await waitUntil(
      () => text(shadow(page!).querySelector('[role=status]')) === first.loadFailed,
      'a status says the questions could not be loaded',
    );
    expect(text(shadow(page).querySelector('.notice'))).to.equal(first.loadFailed);
    expect(errors.join(' '), 'the author is told').to.contain('could not load the questions');
    errors.length = 0;

    await network('?release');
    startButton(page).click();
    await waitUntil(() => shadow(page!).querySelector('legend'), 'the first question, on retry');
    expect(shadow(page).activeElement?.localName).to.equal('legend');
  });
});
