import { expect } from '@open-wc/testing';
import { checkUrl, displayHost, phoneHref, phoneProblem } from '../src/internal/safe-url.js';

const here = location.origin;

/** [what an author typed, rules, the href a reader gets (undefined: refused)] */
const TABLE: [string, Parameters<typeof checkUrl>[1], string | undefined][] = [
  ['https://clinic.example/intake', {}, 'https://clinic.example/intake'],
  ['http://clinic.example/', {}, 'http://clinic.example/'],
  ['HTTPS://clinic.example/', {}, 'HTTPS://clinic.example/'],
  ['  https://clinic.example/ \n', {}, 'https://clinic.example/'],
  // What browsers strip before reading the scheme: tabs and newlines anywhere, controls at the ends.
  ['java\tscript:alert(1)', { relative: true, mailAndPhone: true }, undefined],
  ['java\nscript:alert(1)', { relative: true, mailAndPhone: true }, undefined],
  ['jav\rascript:alert(1)', { relative: true, mailAndPhone: true }, undefined],
  ['\u0001javascript:alert(1)', { relative: true, mailAndPhone: true }, undefined],
  ['\u0000 javascript:alert(1)', { relative: true, mailAndPhone: true }, undefined],
  ['JavaScript:alert(1)', { relative: true, mailAndPhone: true }, undefined],
  ['data:text/html,<script>alert(1)</script>', { relative: true, mailAndPhone: true }, undefined],
  ['vbscript:msgbox(1)', { relative: true, mailAndPhone: true }, undefined],
  ['blob:https://clinic.example/x', { relative: true, mailAndPhone: true }, undefined],
  ['file:///etc/passwd', { relative: true, mailAndPhone: true }, undefined],
  ['https://', {}, undefined],
  ['', { relative: true }, undefined],
  ['   ', { relative: true }, undefined],
  // Relative addresses: only where allowed, and only on the page's own origin.
  ['/book', {}, undefined],
  ['/book', { relative: true }, '/book'],
  ['#fees', { relative: true }, '#fees'],
  ['intake.html?x=1', { relative: true }, 'intake.html?x=1'],
  ['//evil.example/book', { relative: true }, undefined],
  ['\\\\evil.example/book', { relative: true }, undefined],
  ['/\\evil.example/book', { relative: true }, undefined],
  [` //${location.host}/book`, { relative: true }, `//${location.host}/book`],
  // Phone and mail: only where allowed; tel: rebuilt from digits.
  ['tel:988', {}, undefined],
  ['tel:988', { mailAndPhone: true }, 'tel:988'],
  ['tel:+1 (514) 555-0100', { mailAndPhone: true }, 'tel:+15145550100'],
  ['tel:+1%20514%20555%200100', { mailAndPhone: true }, 'tel:+15145550100'],
  ['tel:1-800-FLOWERS', { mailAndPhone: true }, undefined],
  ['tel:\uff15\uff11\uff14', { mailAndPhone: true }, undefined],
  ['mailto:intake@clinic.example', { mailAndPhone: true }, 'mailto:intake@clinic.example'],
  ['mailto:', { mailAndPhone: true }, undefined],
  // Bidi controls and zero-width characters: a link that reads as another.
  ['https://\u202egro.enilefil889', {}, undefined],
  ['https://988lifeline.org\u200b.evil.example', {}, undefined],
  ['https://clinic.example/\u2066x', {}, undefined],
];

describe('checkUrl: the one guard every href goes through', () => {
  for (const [raw, rules, expected] of TABLE) {
    it(`${JSON.stringify(raw)} with ${JSON.stringify(rules)} → ${expected ?? 'refused'}`, () => {
      const checked = checkUrl(raw, rules);
      if (expected === undefined) {
        expect(checked.ok, 'refused').to.equal(false);
        if (!checked.ok) expect(checked.problem).to.be.a('string').and.not.equal('');
      } else {
        expect(checked).to.deep.equal({ ok: true, href: expected });
      }
    });
  }

  it('gives the browser exactly the address it checked: an accepted href never runs script', () => {
    for (const [raw, rules] of TABLE) {
      const checked = checkUrl(raw, rules);
      if (!checked.ok) continue;
      const a = document.createElement('a');
      a.setAttribute('href', checked.href);
      expect(['https:', 'http:', 'tel:', 'mailto:'], raw).to.include(new URL(a.href).protocol);
      if (!/^[a-z]+:/i.test(checked.href.trim())) expect(new URL(a.href).origin).to.equal(here);
    }
  });

  it('names the problem for the author', () => {
    const checked = checkUrl('//evil.example/book', { relative: true });
    expect(checked.ok).to.equal(false);
    if (!checked.ok) expect(checked.problem).to.contain('https://');
    const js = checkUrl('javascript:alert(1)', { mailAndPhone: true });
    if (!js.ok) expect(js.problem).to.contain('javascript:');
  });
});

describe('phone numbers: the number shown is the number dialled', () => {
  const accepted: [string, string][] = [
    ['988', 'tel:988'],
    ['514 555 0100', 'tel:5145550100'],
    ['+1 (514) 555-0100', 'tel:+15145550100'],
    ['13 11 14', 'tel:131114'],
    ['1.800.555.0100', 'tel:18005550100'],
  ];
  for (const [shown, dialled] of accepted) {
    it(`"${shown}" dials ${dialled}`, () => {
      expect(phoneProblem(shown)).to.equal(undefined);
      expect(phoneHref('tel', shown)).to.equal(dialled);
    });
  }
  const refused = [
    '1-800-FLOWERS',
    '\uff15\uff11\uff14 \uff15\uff15\uff15 \uff10\uff11\uff10\uff10', // full-width digits
    '\u202e0010 555 415', // right-to-left override: shows one number, dials another
    '514 555 0100\u200b911', // zero-width space joining two numbers
    '\u2066514 555 0100\u2069',
    '514 555 0100 ext. 2',
    '12',
    '1234567890123456',
    '+1 +1 514',
    '',
  ];
  for (const number of refused) {
    it(`refuses ${JSON.stringify(number)}`, () => {
      expect(phoneProblem(number)).to.be.a('string');
      expect(phoneHref('sms', number)).to.equal(undefined);
    });
  }
});

describe('displayHost: what a website link shows', () => {
  it('shows the parsed host, in punycode for international names', () => {
    expect(displayHost('https://www.988lifeline.org/chat')).to.equal('988lifeline.org');
    expect(displayHost('https://bücher.example/')).to.equal('xn--bcher-kva.example');
    expect(displayHost('https://аpple.example/')).to.match(/^xn--/);
    expect(displayHost('not a url')).to.equal('');
  });
});
