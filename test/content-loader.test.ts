import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ContentErrorDetail } from '../src/content/content-controller.js';
import { check, formatPath } from '../src/content/issues.js';
import { jsonUrl, quietErrors } from './helpers/fixtures.js';
import { ContentProbe, defineFresh, probeSchema } from './helpers/probe-element.js';

const tagName = defineFresh(ContentProbe, 'content-probe');
const tag = unsafeStatic(tagName);

function items(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.trim());
}

describe('content sources and validation', () => {
  it('names the exact path of a bad field', () => {
    const result = check(probeSchema, {
      studies: [
        { name: 'A', year: 2020 },
        { name: 'B', year: '2021' },
      ],
    });
    expect(result).to.deep.equal({
      ok: false,
      issues: [{ path: 'studies[1].year', message: 'expected number' }],
    });
    expect(formatPath([])).to.equal('(root)');
  });

  it('shows the built-in content when the author gave none', async () => {
    const el = await fixture<ContentProbe>(staticHtml`<${tag}></${tag}>`);
    expect(items(el)).to.deep.equal(['Built-in (2022)']);
    expect(el.content.source).to.equal('pack');
  });

  it('prefers a JSON child over src and the built-in content', async () => {
    const url = jsonUrl({ studies: [{ name: 'From src', year: 2019 }] });
    const el = await fixture<ContentProbe>(staticHtml`<${tag} src=${url}>
      <script type="application/json">{"studies": [{"name": "From JSON", "year": 2020}]}</script>
    </${tag}>`);
    expect(items(el)).to.deep.equal(['From JSON (2020)']);
  });

  it('loads content from src', async () => {
    const url = jsonUrl({ studies: [{ name: 'From src', year: 2019 }] });
    const el = await fixture<ContentProbe>(staticHtml`<${tag} src=${url}></${tag}>`);
    await new Promise<void>((resolve) => {
      const poll = () => (el.content.status === 'ready' ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['From src (2019)']);
  });

  it('reports a bad JSON child by path, in the console and as an event, and shows a notice', async () => {
    const { errors, restore } = quietErrors();
    try {
      const wrapper = await fixture<HTMLDivElement>(staticHtml`<div></div>`);
      const heard = oneEvent(wrapper, 'content-error');
      wrapper.innerHTML = `<${tagName}><script type="application/json">{"studies": [{"name": 5, "year": 2020}]}</script></${tagName}>`;
      const event = (await heard) as CustomEvent<ContentErrorDetail>;
      expect(event.detail).to.deep.equal({
        source: 'json',
        issues: [{ path: 'studies[0].name', message: 'expected string' }],
      });
      const el = wrapper.firstElementChild as ContentProbe;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('error');
    } finally {
      restore();
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('studies[0].name: expected string');
  });

  it('reports JSON that does not parse', async () => {
    const { errors, restore } = quietErrors();
    try {
      const el = await fixture<ContentProbe>(
        staticHtml`<${tag}><script type="application/json">{"studies": [</script></${tag}>`,
      );
      expect(el.content.status).to.equal('error');
      expect(el.content.issues[0]!.path).to.equal('(json)');
    } finally {
      restore();
    }
    expect(errors[0]).to.contain('is not valid JSON');
  });

  it('reports a src that fails to load or holds bad data', async () => {
    const { errors, restore } = quietErrors();
    try {
      const bad = jsonUrl({ studies: 'none' });
      const el = await fixture<ContentProbe>(staticHtml`<${tag} src=${bad}></${tag}>`);
      const event = (await oneEvent(el, 'content-error')) as CustomEvent<ContentErrorDetail>;
      expect(event.detail.source).to.equal('src');
      expect(event.detail.issues).to.deep.equal([{ path: 'studies', message: 'expected array' }]);

      el.src = '/does-not-exist.json';
      const missing = (await oneEvent(el, 'content-error')) as CustomEvent<ContentErrorDetail>;
      expect(missing.detail.issues[0]!.message).to.contain('HTTP 404');
    } finally {
      restore();
    }
    expect(errors).to.have.length(2);
  });

  it('follows live edits of the JSON child', async () => {
    const el = await fixture<ContentProbe>(
      staticHtml`<${tag}><script type="application/json">{"studies": []}</script></${tag}>`,
    );
    el.querySelector('script')!.textContent = '{"studies": [{"name": "Edited", "year": 2024}]}';
    await Promise.resolve(); // the MutationObserver's microtask runs first
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Edited (2024)']);
  });
});
