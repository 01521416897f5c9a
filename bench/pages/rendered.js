// Sets window.__rendered: milliseconds from script start until every custom element in the
// page is defined and rendered (content included: `updateComplete` waits for a pack).
const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))].filter(
  (tag) => tag.includes('-'),
);
window.__rendered = (async () => {
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
  }
  document.body.offsetHeight; // include style and layout
  return performance.now() - window.__scriptStart;
})();
