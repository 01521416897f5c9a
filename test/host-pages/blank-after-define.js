// Loaded before the widgets: notes every widget still blank, or still loading its built-in
// content, once the task that defined its tag has run its microtasks, i.e. before the
// browser could paint a frame. A widget whose strings and pack were loaded when it was
// defined renders them within those microtasks; one that must still fetch a catalogue draws
// nothing, or a loading state, for a frame or more.
window.__blankAfterDefine = [];
const define = customElements.define.bind(customElements);
customElements.define = (tag, constructor, options) => {
  define(tag, constructor, options);
  const widgets = [...document.querySelectorAll(tag)];
  let hops = 0;
  const look = () => {
    if ((hops += 1) < 50) return queueMicrotask(look);
    for (const el of widgets) {
      if (el.shadowRoot && !el.shadowRoot.querySelector('*')) window.__blankAfterDefine.push(tag);
      if (el.content?.status === 'loading')
        window.__blankAfterDefine.push(`${tag}: content loading`);
    }
  };
  queueMicrotask(look);
};
