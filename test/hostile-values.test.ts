import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import { ContentController } from '../src/content/content-controller.js';
import { parseRichText, renderRichText } from '../src/content/rich-text.js';
import '../src/elements/clinic-context/clinic-context.js';
import { CrisisBanner } from '../src/elements/crisis-banner/crisis-banner.js';
import type { EligibilityCheck } from '../src/elements/eligibility-check/eligibility-check.js';
import '../src/elements/eligibility-check/eligibility-check.js';
import type { EvidenceCard } from '../src/elements/evidence-card/evidence-card.js';
import '../src/elements/evidence-card/evidence-card.js';
import { evidencePack } from '../src/content/index.js';
import { candidateAnswers, jsonUrl, quietErrors } from './helpers/fixtures.js';

/** Every link in an element's shadow root: its words and its href. */
function links(el: Element): [string, string][] {
  return [...el.shadowRoot!.querySelectorAll('a')].map((a) => [
    a.textContent!.replace(/\s+/g, ' ').trim(),
    a.getAttribute('href')!,
  ]);
}

/** True when a click on this href could run script or leave for a place it does not name. */
function runsOrHides(href: string): boolean {
  return !['https:', 'http:', 'tel:', 'sms:', 'mailto:'].includes(
    new URL(href, location.href).protocol,
  );
}

const HOSTILE_LINKS = [
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  ' \u0000javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/book',
  '\\\\evil.example/book',
];

async function resultWithIntake(template: ReturnType<typeof html>): Promise<EligibilityCheck> {
  const root = await fixture(template);
  const el = (
    root.localName === 'eligibility-check' ? root : root.querySelector('eligibility-check')!
  ) as EligibilityCheck;
  el.answers = candidateAnswers();
  await el.updateComplete;
  return el;
}

describe('hostile values: links go through one guard', () => {
  for (const raw of HOSTILE_LINKS) {
    it(`shows no intake link for ${JSON.stringify(raw)}, on the element or the context, and names it to the author`, async () => {
      const quiet = quietErrors();
      try {
        const own = await resultWithIntake(
          html`<eligibility-check intake-url=${raw}></eligibility-check>`,
        );
        const fromContext = await resultWithIntake(
          html`<clinic-context intake-url=${raw}
            ><eligibility-check></eligibility-check
          ></clinic-context>`,
        );
        for (const el of [own, fromContext]) {
          expect(el.result!.outcome).to.equal('may-be-candidate');
          expect(el.shadowRoot!.querySelector('a.intake'), 'no intake link').to.equal(null);
          for (const [, href] of links(el)) expect(runsOrHides(href), href).to.equal(false);
        }
      } finally {
        quiet.restore();
      }
      expect(quiet.errors.filter((e) => e.includes('intake-url'))).to.have.length(2);
    });
  }

  it('keeps web, same-site, tel: and mailto: intake links, the tel: one rebuilt from its digits', async () => {
    const cases: [string, string][] = [
      ['https://clinic.example/intake', 'https://clinic.example/intake'],
      ['/book', '/book'],
      [`//${location.host}/book`, `//${location.host}/book`],
      ['tel:+1 (514) 555-0100', 'tel:+15145550100'],
      ['mailto:intake@clinic.example', 'mailto:intake@clinic.example'],
    ];
    for (const [raw, href] of cases) {
      const el = await resultWithIntake(
        html`<clinic-context intake-url=${raw}
          ><eligibility-check></eligibility-check
        ></clinic-context>`,
      );
      expect(el.shadowRoot!.querySelector('a.intake')!.getAttribute('href'), raw).to.equal(href);
    }
  });

  it('keeps the words of an FAQ answer link to an unsafe address, as text', () => {
    for (const raw of [...HOSTILE_LINKS, 'java&#9;script:alert(1)', 'java&#x0A;script:x']) {
      const into = document.createElement('div');
      const href = raw.replace(/"/g, '&quot;');
      renderRichText(parseRichText(`<p>See <a href="${href}">our page</a>.</p>`), into);
      expect(into.querySelector('a'), raw).to.equal(null);
      expect(into.textContent).to.equal('See our page.');
    }
  });

  it('refuses a protocol-relative src to another site without requesting it', async () => {
    const quiet = quietErrors();
    let detail: ContentErrorDetail;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const heard = oneEvent(wrapper, 'content-error');
      wrapper.innerHTML =
        '<crisis-banner region="GB" src="//evil.example/lines.json"></crisis-banner>';
      detail = ((await heard) as CustomEvent<ContentErrorDetail>).detail;
    } finally {
      quiet.restore();
    }
    expect(detail.issues[0]!.path).to.equal('(src)');
    expect(detail.issues[0]!.message).to.contain('https://');
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.filter((url) => url.includes('evil.example'))).to.deep.equal([]);
  });
});

describe('hostile values: the clinic phone shown is the number dialled', () => {
  const shown = async (phone: string) => {
    const root = await fixture(
      html`<clinic-context phone=${phone}><eligibility-check></eligibility-check></clinic-context>`,
    );
    const el = root.querySelector('eligibility-check') as EligibilityCheck;
    el.answers = candidateAnswers();
    await el.updateComplete;
    return links(el).filter(([, href]) => href.startsWith('tel:'));
  };

  it('dials the digits of a valid number, shown as written', async () => {
    expect(await shown('+1 (514) 555-0100')).to.deep.equal([
      ['+1 (514) 555-0100', 'tel:+15145550100'],
    ]);
  });

  for (const phone of [
    '1-800-FLOWERS',
    '\uff15\uff11\uff14 \uff15\uff15\uff15 \uff10\uff11\uff10\uff10',
    '\u202e0010 555 415',
    '514 555 0100\u200b911',
  ]) {
    it(`refuses ${JSON.stringify(phone)} with an author error and shows no number`, async () => {
      const quiet = quietErrors();
      try {
        expect(await shown(phone)).to.deep.equal([]);
      } finally {
        quiet.restore();
      }
      expect(quiet.errors.some((e) => e.startsWith('<clinic-context>: phone'))).to.equal(true);
    });
  }
});

async function bannerWith(
  json: unknown,
): Promise<{ el: CrisisBanner; detail?: ContentErrorDetail }> {
  const quiet = quietErrors();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  let detail: ContentErrorDetail | undefined;
  wrapper.addEventListener('content-error', (e) => (detail = (e as CustomEvent).detail));
  try {
    const script = JSON.stringify(json);
    wrapper.innerHTML = `<crisis-banner region="CA"><script type="application/json">${script}</script></crisis-banner>`;
    const el = wrapper.querySelector('crisis-banner') as CrisisBanner;
    await el.updateComplete;
    return { el, detail };
  } finally {
    quiet.restore();
  }
}

describe('hostile values: crisis lines', () => {
  it('refuses a website whose text reads as another (right-to-left override) and keeps the built-in lines', async () => {
    const { el, detail } = await bannerWith({
      emergency: '911',
      lines: [{ name: '988 Lifeline', url: 'https://\u202egro.enilefil889' }],
    });
    expect(detail!.issues.map((i) => i.path)).to.deep.equal(['lines[0].url']);
    expect(links(el).map(([, href]) => href)).to.deep.equal(['tel:911', 'tel:988', 'sms:988']);
    expect(el.shadowRoot!.textContent).to.not.contain('\u202e');
  });

  it('shows a website by its parsed host, international names in punycode', async () => {
    const { el, detail } = await bannerWith({
      emergency: '911',
      lines: [{ name: 'Aide', url: 'https://www.bücher.example/aide' }],
    });
    expect(detail).to.equal(undefined);
    expect(links(el)).to.deep.include(['xn--bcher-kva.example', 'https://www.bücher.example/aide']);
  });

  for (const [what, json, path] of [
    ['no lines', { emergency: '911', lines: [] }, 'lines'],
    [
      'a line with neither number nor website',
      { emergency: '911', lines: [{ name: 'Us', hours: '24/7' }] },
      'lines[0]',
    ],
  ] as const) {
    it(`treats ${what} as an author error and keeps the built-in lines`, async () => {
      const { el, detail } = await bannerWith(json);
      expect(detail!.issues.map((i) => i.path)).to.deep.equal([path]);
      expect(el.support.lines.map((l) => l.name)).to.deep.equal(['988 Suicide Crisis Helpline']);
      expect(el.shadowRoot!.querySelector('[part=notice]')).to.exist;
    });
  }

  it('gives up on a src that never finishes, with the notice and the built-in lines', async () => {
    const saved = ContentController.srcTimeout;
    ContentController.srcTimeout = 300;
    const quiet = quietErrors();
    let detail: ContentErrorDetail;
    let el: CrisisBanner;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const heard = oneEvent(wrapper, 'content-error');
      wrapper.innerHTML =
        '<crisis-banner region="CA" src="/test/never-ending.json"></crisis-banner>';
      el = wrapper.querySelector('crisis-banner') as CrisisBanner;
      detail = ((await heard) as CustomEvent<ContentErrorDetail>).detail;
      await el.updateComplete;
    } finally {
      ContentController.srcTimeout = saved;
      quiet.restore();
    }
    expect(detail.issues[0]!.message).to.contain('did not arrive within 0.3 seconds');
    expect(el.support.lines.map((l) => l.name)).to.deep.equal(['988 Suicide Crisis Helpline']);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=notice]'), 'the notice is shown');
  });
});

describe('hostile values: evidence sources', () => {
  it('refuses a source link that hides where it goes', async () => {
    const evidence = structuredClone(evidencePack.en);
    evidence.sources[0]!.url = 'https://pubmed.ncbi.nlm.nih.gov\u2066.evil.example/';
    const quiet = quietErrors();
    let detail: ContentErrorDetail;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const heard = oneEvent(wrapper, 'content-error');
      wrapper.innerHTML = `<evidence-card src="${jsonUrl(evidence)}"></evidence-card>`;
      detail = ((await heard) as CustomEvent<ContentErrorDetail>).detail;
      await (wrapper.firstElementChild as EvidenceCard).updateComplete;
    } finally {
      quiet.restore();
    }
    expect(detail.issues.map((i) => i.path)).to.deep.equal(['sources[0].url']);
  });
});

describe('hostile values: inherited properties', () => {
  const polluted = ['url', 'note', 'hours', 'chart', 'label'];
  afterEach(() => {
    for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('never turns a polluted Object.prototype into a crisis line link or note', async () => {
    Object.assign(Object.prototype, {
      url: 'javascript:alert(1)',
      note: 'Call 555 0000 instead',
      hours: { en: 'x' },
    });
    for (const region of ['CA', 'US', 'GB', 'AU', undefined]) {
      const el = await fixture<CrisisBanner>(
        html`<crisis-banner region=${region ?? ''}></crisis-banner>`,
      );
      for (const [, href] of links(el)) expect(runsOrHides(href), href).to.equal(false);
      expect(el.shadowRoot!.textContent).to.not.contain('555 0000');
    }
    const { el } = await bannerWith({ emergency: '911', lines: [{ name: 'Us', call: '988' }] });
    expect(links(el).map(([, href]) => href)).to.deep.equal(['tel:911', 'tel:988']);
  });

  it('answers: names unknown and inherited keys to the author and never throws', async () => {
    const el = await fixture<EligibilityCheck>(html`<eligibility-check></eligibility-check>`);
    const quiet = quietErrors();
    try {
      el.answers = { constructor: true, toString: 'x', immediateDanger: false } as never;
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ immediateDanger: false });
      el.answers = Object.create({ immediateDanger: true, ketamineMisuse: true });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(el.result).to.equal(null);
    } finally {
      quiet.restore();
    }
    const said = quiet.errors.join('\n');
    expect(said).to.contain('constructor');
    expect(said).to.contain('toString');
    expect(said).to.contain('immediateDanger (inherited)');
  });
});
