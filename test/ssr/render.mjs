// Server rendering in Node, run by `npm test` after the library build: every element through
// @lit-labs/ssr (alone, with no locale, and inside <clinic-context> in both locales), then the
// Eleventy example built into test-results/eleventy for the browser test (test/ssr/*.test.ts).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import Eleventy from '@11ty/eleventy';
import { html } from 'lit';

if (!existsSync('dist/index.js') || !existsSync('dist/packs.js')) {
  console.error('test/ssr/render.mjs needs the npm modules: run `vite build --mode lib` first.');
  process.exit(1);
}

// As a server renderer would: the packs first (no dynamic import can be awaited), then the
// elements, by the package's own names.
await import('clinic-widgets/packs.js');
await import('clinic-widgets');
const content = await import('clinic-widgets/content');

const TAGS = [
  'crisis-banner',
  'medical-disclaimer',
  'evidence-card',
  'eligibility-check',
  'faq-list',
  'quick-exit',
  'cost-estimate',
  'key-takeaways',
  'source-list',
];
const failures = [];
let passed = 0;

/** What a reader of the HTML gets: the text, with the entities the renderer escaped decoded. */
function text(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39|#x27);/g,
      (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e],
    )
    .replace(/\s+/g, ' ');
}

/** The declarative shadow root of the first `tag` in the markup. */
function shadowOf(markup, tag) {
  const open = markup.indexOf(`<${tag}`);
  assert.ok(open >= 0, `<${tag}> is in the HTML`);
  const start = markup.indexOf('<template shadowroot="open" shadowrootmode="open">', open);
  assert.ok(start > open, `<${tag}> has a declarative shadow root`);
  // Templates nest (a crisis banner inside the questionnaire): find the matching end.
  let depth = 0;
  const tags = /<template\b|<\/template>/g;
  tags.lastIndex = start;
  for (let m; (m = tags.exec(markup));) {
    depth += m[0] === '</template>' ? -1 : 1;
    if (depth === 0) return markup.slice(start, m.index);
  }
  throw new Error(`<${tag}>'s shadow root is not closed`);
}

/** The opening tag of the first element a shadow root renders (its styles left out). */
function firstElement(shadow) {
  const body = shadow
    .replace(/^<template[^>]*>/, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  return /<[a-z][\w-]*\b[^>]*>/.exec(body)?.[0] ?? '(none)';
}

async function check(name, template, assertions) {
  const errors = [];
  const original = console.error;
  console.error = (...args) => errors.push(args.join(' '));
  try {
    const markup = await collectResult(render(template));
    assert.deepEqual(errors, [], 'no console error while rendering');
    assertions(markup);
    passed += 1;
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
  } finally {
    console.error = original;
  }
}

const lines = (region, locale) => content.crisisLinesFor(region, locale).lines.map((l) => l.name);
const questions = (pack) => pack.items.map((item) => item.question);

// Every element alone, with no locale, no context and no page `lang` to read.
for (const tag of TAGS) {
  const templates = {
    'crisis-banner': html`<crisis-banner></crisis-banner>`,
    'medical-disclaimer': html`<medical-disclaimer></medical-disclaimer>`,
    'evidence-card': html`<evidence-card></evidence-card>`,
    'eligibility-check': html`<eligibility-check></eligibility-check>`,
    'faq-list': html`<faq-list pack="ketamine-addictive"></faq-list>`,
    'quick-exit': html`<quick-exit></quick-exit>`,
    'cost-estimate': html`<cost-estimate></cost-estimate>`,
    'key-takeaways': html`<key-takeaways pack="ketamine-addiction"></key-takeaways>`,
    'source-list': html`<source-list pack="ketamine-addiction"></source-list>`,
  };
  await check(`<${tag}> alone`, templates[tag], (markup) => {
    assert.ok(text(shadowOf(markup, tag)).trim().length > 40, 'its content is in the HTML');
  });
}

await check(
  '<crisis-banner> with no region: the North American message',
  html`<crisis-banner></crisis-banner>`,
  (markup) => {
    const shadow = text(shadowOf(markup, 'crisis-banner'));
    for (const name of lines(undefined, 'en')) assert.ok(shadow.includes(name), name);
    assert.match(shadowOf(markup, 'crisis-banner'), /href="tel:988"/);
  },
);

await check(
  '<quick-exit> and <crisis-banner quick-exit>: the button, its notes and its overlay in the HTML, in French too',
  html`<clinic-context locale="fr"
    ><quick-exit variant="sticky"></quick-exit><crisis-banner quick-exit></crisis-banner
  ></clinic-context>`,
  (markup) => {
    for (const tag of ['quick-exit', 'crisis-banner']) {
      const shadow = shadowOf(markup, tag);
      assert.ok(text(shadow).includes('Quitter cette page'), `${tag}: the button`);
      assert.ok(text(shadow).includes('fenêtre de navigation privée'), `${tag}: the limits`);
      assert.match(shadow, /aria-describedby="quick-exit-shortcut quick-exit-limits"/);
      assert.match(shadow, /<dialog class="quick-exit-overlay"/);
    }
  },
);

await check(
  '<faq-list pack>: every question and answer in the HTML',
  html`<faq-list pack="ketamine-addiction"></faq-list>`,
  (markup) => {
    const shadow = text(shadowOf(markup, 'faq-list'));
    const pack = content.faqKetamineAddiction.en;
    for (const question of questions(pack)) assert.ok(shadow.includes(question), question);
    // The first answer's first words (its markup is rendered as elements, not as text).
    const answer = text(pack.items[0].answer).trim().split(' ').slice(0, 6).join(' ');
    assert.ok(shadow.includes(answer), answer);
  },
);

await check(
  'heading levels: heading-level, else 2 (the server cannot see the page)',
  html`<faq-list pack="ketamine-addictive" heading-level="4"></faq-list
    ><evidence-card substance="alcohol"></evidence-card>`,
  (markup) => {
    assert.match(shadowOf(markup, 'faq-list'), /<h4 class="h"/);
    assert.doesNotMatch(shadowOf(markup, 'faq-list'), /<h[1-35-6]\b/);
    assert.match(shadowOf(markup, 'evidence-card'), /<h2 class="card-title"/);
  },
);

for (const [locale, region] of [
  ['en', 'CA'],
  ['fr', 'CA'],
  ['en', 'GB'],
]) {
  await check(
    `inside <clinic-context locale="${locale}" region="${region}">: every element in that locale and region`,
    html`<clinic-context locale=${locale} region=${region} intake-url="/book">
      <crisis-banner></crisis-banner>
      <medical-disclaimer kind="all"></medical-disclaimer>
      <evidence-card substance="alcohol"></evidence-card>
      <eligibility-check></eligibility-check>
      <faq-list pack="ketamine-addiction"></faq-list>
      <cost-estimate></cost-estimate>
      <key-takeaways pack="ketamine-addictive"></key-takeaways>
      <source-list pack="ketamine-addictive"></source-list>
      <quick-exit></quick-exit>
    </clinic-context>`,
    (markup) => {
      assert.ok(markup.includes('<clinic-context'), 'the context is rendered');
      // Each widget's rendered root says its language (WCAG 3.1.2) before any script runs.
      for (const tag of TAGS) {
        const root = firstElement(shadowOf(markup, tag));
        assert.match(root, new RegExp(`\\blang="${locale}"`), `<${tag}>'s root ${root} has lang`);
        assert.match(root, /\bdir="ltr"/, `<${tag}>'s root has dir`);
      }
      const banner = text(shadowOf(markup, 'crisis-banner'));
      for (const name of lines(region, locale)) assert.ok(banner.includes(name), name);
      const notice = text(shadowOf(markup, 'medical-disclaimer'));
      for (const kind of ['educational', 'safety', 'access']) {
        const title = content.disclaimersPack[locale][kind].title;
        assert.ok(notice.includes(title), title);
      }
      const card = text(shadowOf(markup, 'evidence-card'));
      const alcohol = content.evidencePack[locale].substances.find((s) => s.id === 'alcohol');
      assert.ok(card.includes(alcohol.name), alcohol.name);
      const faq = text(shadowOf(markup, 'faq-list'));
      for (const question of questions(content.faqKetamineAddiction[locale]))
        assert.ok(faq.includes(question), question);
      // The questionnaire's first screen: its questions load in the browser when started.
      const check = shadowOf(markup, 'eligibility-check');
      const start = locale === 'fr' ? 'Commencer la présélection' : 'Start the pre-screen';
      assert.ok(text(check).includes(start), start);
      assert.doesNotMatch(check, /<fieldset/);
      const cost = text(shadowOf(markup, 'cost-estimate'));
      // text() folds every white space, the no-break spaces of French amounts too.
      const money = locale === 'fr' ? '1 585 $' : '$1,585';
      assert.ok(cost.includes(money), `the base price ${money}`);
      assert.ok(cost.includes('KAT'), 'the pathways');
      assert.match(shadowOf(markup, 'cost-estimate'), /href="\/book"/);
      const takeaways = text(shadowOf(markup, 'key-takeaways'));
      for (const item of content.takeawaysPacks['ketamine-addictive'][locale].now().items)
        assert.ok(takeaways.includes(item.replace(/\s+/g, ' ')), item);
      const sources = shadowOf(markup, 'source-list');
      for (const source of content.ketamineAddictiveSources)
        assert.ok(sources.includes(`href="${source.url}"`), source.url);
    },
  );
}

await check(
  '<source-list> with an <evidence-card>: no number on the server (it knows no page)',
  html`<evidence-card substance="cocaine"></evidence-card
    ><source-list pack="ketamine-addiction"></source-list>`,
  (markup) => {
    assert.doesNotMatch(shadowOf(markup, 'evidence-card'), /class="source-number"/);
    const list = text(shadowOf(markup, 'source-list'));
    for (const source of content.ketamineAddictionSources)
      assert.ok(list.includes(source.authors ?? source.publisher), source.id);
  },
);

// The Eleventy example, built as a clinic's site would be (README: Server rendering).
try {
  const site = new Eleventy('examples/eleventy/src', 'test-results/eleventy', {
    configPath: 'examples/eleventy/eleventy.config.js',
    quietMode: true,
    // Served by the browser tests' server from the repository root.
    pathPrefix: '/test-results/eleventy/',
  });
  await site.write();
  for (const [page, locale, pack] of [
    ['test-results/eleventy/index.html', 'en', content.faqKetamineAddiction],
    ['test-results/eleventy/fr/index.html', 'fr', content.faqKetamineAddictive],
  ]) {
    const markup = readFileSync(page, 'utf8');
    for (const tag of ['crisis-banner', 'evidence-card', 'faq-list', 'medical-disclaimer'])
      shadowOf(markup, tag);
    const banner = text(shadowOf(markup, 'crisis-banner'));
    for (const name of lines('CA', locale)) assert.ok(banner.includes(name), `${page}: ${name}`);
    const faq = text(shadowOf(markup, 'faq-list'));
    for (const question of questions(pack[locale])) assert.ok(faq.includes(question), question);
  }
  assert.ok(existsSync('test-results/eleventy/assets/site.js'), 'the site bundle is built');
  passed += 1;
} catch (error) {
  failures.push(`Eleventy example: ${error.stack ?? error.message}`);
}

if (failures.length) {
  console.error(`server rendering: ${failures.length} failed\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `server rendering: ${passed} checks passed (every element, in Node; the Eleventy example built)`,
);
