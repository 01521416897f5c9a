// Loaded before the widgets: before each frame is painted, notes every widget that is defined
// but has drawn nothing yet (a reader would see it blank for that frame).
window.__emptyFrames = [];
let frame = 0;
function look() {
  frame += 1;
  for (const el of document.querySelectorAll(':defined')) {
    const root = el.shadowRoot;
    if (el.localName.includes('-') && root && !root.querySelector('*')) {
      window.__emptyFrames.push(`<${el.localName}> in frame ${frame}`);
    }
  }
  requestAnimationFrame(look);
}
requestAnimationFrame(look);
