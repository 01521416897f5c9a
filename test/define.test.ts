import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';
import { ClinicContext } from '../src/elements/clinic-context/clinic-context.js';
import { VERSION } from '../src/version.js';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('registration guard', () => {
  it('skips a second copy of the same version silently', () => {
    class SecondCopy extends ClinicContext {}
    const warnings = captureWarnings(() => defineElement('clinic-context', SecondCopy));
    expect(customElements.get('clinic-context')).to.equal(ClinicContext);
    expect(warnings).to.deep.equal([]);
  });

  it('skips a copy of another version with a warning naming both versions', () => {
    class OlderCopy extends ClinicContext {
      static override version = '0.0.1';
    }
    const warnings = captureWarnings(() => defineElement('clinic-context', OlderCopy));
    expect(customElements.get('clinic-context')).to.equal(ClinicContext);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(VERSION).and.to.contain('0.0.1');
  });

  it('registers a tag that is free', () => {
    class FreshElement extends HTMLElement {}
    defineElement('cw-guard-fresh', FreshElement);
    expect(customElements.get('cw-guard-fresh')).to.equal(FreshElement);
  });
});
