// Measures in the page: time to all five rendered, each element's first render and update.
const TAGS = {
  'crisis-banner': { attrs: {}, update: ['region', 'GB'] },
  'medical-disclaimer': {
    attrs: { kind: 'all', 'reviewed-on': '2026-05-31' },
    update: ['locale', 'fr'],
  },
  'evidence-card': {
    attrs: { substance: 'alcohol', compare: '' },
    update: ['substance', 'cocaine'],
  },
  'eligibility-check': { attrs: {}, update: ['locale', 'fr'] },
  'faq-list': { attrs: { pack: 'ketamine-addiction', searchable: '' }, update: ['locale', 'fr'] },
};
const RUNS = 30;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

async function allRendered() {
  const tags = Object.keys(TAGS);
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
  document.body.offsetHeight; // include style and layout
  return performance.now() - window.__scriptStart;
}

async function perElement() {
  const scratch = document.querySelector('#scratch');
  const rows = [];
  for (const [tag, { attrs, update }] of Object.entries(TAGS)) {
    const first = [];
    const updates = [];
    for (let i = 0; i < RUNS; i += 1) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      let t0 = performance.now();
      scratch.append(el);
      await el.updateComplete;
      el.offsetHeight;
      first.push(performance.now() - t0);
      t0 = performance.now();
      el.setAttribute(update[0], update[1]);
      await el.updateComplete;
      el.offsetHeight;
      updates.push(performance.now() - t0);
      el.remove();
    }
    rows.push({
      tag,
      firstMedian: median(first),
      firstP95: p95(first),
      updateMedian: median(updates),
      updateP95: p95(updates),
      update: update.join('='),
    });
  }
  return rows;
}

window.__bench = (async () => ({
  allRendered: await allRendered(),
  elements: await perElement(),
}))();
