import { expect, fixture, html } from '@open-wc/testing';
import { CrisisBanner } from '../src/elements/crisis-banner/crisis-banner.js';
import { FaqList } from '../src/elements/faq-list/faq-list.js';
import { MedicalDisclaimer } from '../src/elements/medical-disclaimer/medical-disclaimer.js';

/** A same-origin iframe's document, for moving elements into. */
async function otherDocument(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="other document"></iframe>`);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write('<!doctype html><html lang="en"><head><title>Other</title></head><body></body></html>');
  doc.close();
  return doc;
}

const blocks = (doc: Document, marker: string) =>
  doc.head.querySelectorAll(`script[${marker}]`).length;

describe('document lifecycle: structured data and styles follow the element', () => {
  it('moves a FAQ’s FAQPage block with the list into another document', async () => {
    const list = await fixture<FaqList>(html`<faq-list pack="ketamine-addiction"></faq-list>`);
    await list.updateComplete;
    expect(blocks(document, 'data-faq-list')).to.equal(1);
    const other = await otherDocument();
    other.body.append(list);
    await list.updateComplete;
    expect(blocks(document, 'data-faq-list'), 'left behind').to.equal(0);
    expect(blocks(other, 'data-faq-list'), 'in the new document').to.equal(1);
    list.remove();
    expect(blocks(other, 'data-faq-list')).to.equal(0);
  });

  it('moves a disclaimer’s MedicalWebPage block with it into another document', async () => {
    const el = await fixture<MedicalDisclaimer>(
      html`<medical-disclaimer
        reviewed-on="2026-05-31"
        reviewed-by="Dr. Ben Soffer, DO"
      ></medical-disclaimer>`,
    );
    expect(blocks(document, 'data-medical-disclaimer')).to.equal(1);
    const other = await otherDocument();
    other.body.append(el);
    await el.updateComplete;
    expect(blocks(document, 'data-medical-disclaimer'), 'left behind').to.equal(0);
    expect(blocks(other, 'data-medical-disclaimer'), 'in the new document').to.equal(1);
    el.remove();
  });

  it('keeps a banner’s styles in the document it was moved into, and back', async () => {
    const el = await fixture<CrisisBanner>(html`<crisis-banner region="CA"></crisis-banner>`);
    const look = (banner: CrisisBanner) => {
      const base = banner.shadowRoot!.querySelector('[part=base]')!;
      const style = base.ownerDocument.defaultView!.getComputedStyle(base);
      return [style.backgroundColor, style.borderTopStyle, style.paddingTop];
    };
    const before = look(el);
    expect(before[1]).to.not.equal('none');
    const other = await otherDocument();
    other.body.append(el);
    await el.updateComplete;
    expect(look(el), 'in the iframe').to.deep.equal(before);
    document.body.append(el);
    await el.updateComplete;
    expect(look(el), 'back in the page').to.deep.equal(before);
    el.remove();
  });

  it('survives document.open() with no uncaught error', async () => {
    const other = await otherDocument();
    const faq = other.createElement('faq-list');
    faq.setAttribute('pack', 'ketamine-addiction');
    const disclaimer = other.createElement('medical-disclaimer');
    disclaimer.setAttribute('reviewed-on', '2026-05-31');
    // Created in a document without our definitions: upgrade them here, then move them back.
    const host = document.createElement('div');
    document.body.append(host);
    host.append(faq, disclaimer);
    customElements.upgrade(host);
    await (faq as FaqList).updateComplete;
    other.body.append(faq, disclaimer);
    await (faq as FaqList).updateComplete;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      // Custom element reactions run inside open(): an error there is reported, not thrown.
      other.open();
      other.write('<p>Rewritten</p>');
      other.close();
    } finally {
      window.removeEventListener('error', onError);
      host.remove();
    }
    expect(errors).to.deep.equal([]);
  });
});
