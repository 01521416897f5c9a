import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { ClinicContext } from '../src/elements/clinic-context/clinic-context.js';
import { ContextProbe, defineFresh } from './helpers/probe-element.js';

const probeTag = defineFresh(ContextProbe, 'context-probe');
const probe = unsafeStatic(probeTag);

function read(el: Element, part: string): string {
  const host = el.matches(probeTag) ? el : el.querySelector(probeTag)!;
  return host.shadowRoot!.querySelector(`.${part}`)!.textContent!.trim();
}

async function settle(...els: Element[]): Promise<void> {
  for (const el of els) await (el as ContextProbe).updateComplete;
}

describe('<clinic-context>', () => {
  it('gives widgets English and no region when nothing is set', async () => {
    const el = await fixture(staticHtml`<${probe}></${probe}>`);
    expect(read(el, 'locale')).to.equal('en');
    expect(read(el, 'region')).to.equal('none');
  });

  it('takes the locale and region from the nearest lang attribute', async () => {
    const el = await fixture(
      staticHtml`<div lang="fr-CA"><clinic-context><${probe}></${probe}></clinic-context></div>`,
    );
    const widget = el.querySelector(probeTag)!;
    await settle(el.querySelector('clinic-context')!, widget);
    expect(read(widget, 'locale')).to.equal('fr');
    expect(read(widget, 'region')).to.equal('CA');
  });

  it('passes the clinic name, intake link, locale and region to every widget inside', async () => {
    const el =
      await fixture(staticHtml`<clinic-context locale="fr" region="GB" clinic-name="Clinique Nord" intake-url="/intake">
        <${probe}></${probe}><section><${probe}></${probe}></section>
      </clinic-context>`);
    const widgets = [...el.querySelectorAll(probeTag)];
    await settle(...widgets);
    for (const widget of widgets) {
      expect(read(widget, 'locale')).to.equal('fr');
      expect(read(widget, 'region')).to.equal('GB');
      expect(read(widget, 'clinic')).to.equal('Clinique Nord');
      expect(read(widget, 'intake')).to.equal('/intake');
    }
  });

  it("lets a widget's own attribute override the context", async () => {
    const el = await fixture(staticHtml`<clinic-context locale="fr" region="GB">
        <${probe} locale="en" region="AU"></${probe}>
      </clinic-context>`);
    const widget = el.querySelector(probeTag)!;
    await settle(widget);
    expect(read(widget, 'locale')).to.equal('en');
    expect(read(widget, 'region')).to.equal('AU');
  });

  it('updates every widget live when a provider attribute changes', async () => {
    const el = await fixture<ClinicContext>(
      staticHtml`<clinic-context locale="en" region="US"><${probe}></${probe}></clinic-context>`,
    );
    const widget = el.querySelector(probeTag)!;
    el.setAttribute('locale', 'fr');
    el.setAttribute('region', 'CA');
    await el.updateComplete;
    await settle(widget);
    expect(read(widget, 'locale')).to.equal('fr');
    expect(read(widget, 'region')).to.equal('CA');
  });

  it('lets the nearest provider win and inherits what it leaves out', async () => {
    const el =
      await fixture(staticHtml`<clinic-context locale="en" region="US" clinic-name="Outer Clinic">
        <${probe} id="outer"></${probe}>
        <clinic-context region="IE"><${probe} id="inner"></${probe}></clinic-context>
      </clinic-context>`);
    const outer = el.querySelector('#outer')!;
    const inner = el.querySelector('#inner')!;
    await settle(...el.querySelectorAll('clinic-context'), outer, inner);
    expect(read(outer, 'region')).to.equal('US');
    expect(read(inner, 'region')).to.equal('IE');
    expect(read(inner, 'clinic')).to.equal('Outer Clinic');
  });

  it('reaches widgets that upgraded before the provider was defined', async () => {
    const lateProvider = `clinic-context-late-${Math.random().toString(36).slice(2, 8)}`;
    const lateProbe = `${probeTag}-late`;
    const el = await fixture(
      staticHtml`<${unsafeStatic(lateProvider)} locale="fr" region="CA"><${unsafeStatic(lateProbe)}></${unsafeStatic(lateProbe)}></${unsafeStatic(lateProvider)}>`,
    );
    customElements.define(lateProbe, class extends ContextProbe {});
    const widget = el.querySelector(lateProbe) as ContextProbe;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.locale')!.textContent).to.equal('en');

    customElements.define(lateProvider, class extends ClinicContext {});
    await (el as ClinicContext).updateComplete;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.locale')!.textContent).to.equal('fr');
    expect(widget.shadowRoot!.querySelector('.region')!.textContent).to.equal('CA');
  });

  it('reaches widgets defined after the provider', async () => {
    const lateProbe = `${probeTag}-after`;
    const el = await fixture(
      staticHtml`<clinic-context locale="fr"><${unsafeStatic(lateProbe)}></${unsafeStatic(lateProbe)}></clinic-context>`,
    );
    customElements.define(lateProbe, class extends ContextProbe {});
    const widget = el.querySelector(lateProbe) as ContextProbe;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.locale')!.textContent).to.equal('fr');
  });

  it('reports an unknown locale or region to the author and keeps working', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const el = await fixture(
        staticHtml`<clinic-context locale="de" region="XX"><${probe}></${probe}></clinic-context>`,
      );
      const widget = el.querySelector(probeTag)!;
      await settle(widget);
      expect(read(widget, 'locale')).to.equal('en');
      // An unknown region is not North America: the widgets get the international fallback.
      expect(read(widget, 'region')).to.equal('international');
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.contain('locale "de" is not supported');
    expect(errors.join('\n')).to.contain('region "XX" is not a region with known crisis lines');
  });
});
