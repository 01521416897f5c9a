// A partner page with a prototype-pollution bug elsewhere (an old script extending
// Object.prototype), loaded before the widgets: enumerable values and an enumerable function.
// Only the link is hostile; the rest is the ordinary mess such scripts leave.
Object.prototype.x = 'y';
Object.prototype.url = 'javascript:window.top.__pwned=(window.top.__pwned||0)+1';
Object.prototype.note = 'Fake note: call 555 0199 instead';
Object.prototype.hours = { en: 'closed', fr: 'fermé' };
Object.prototype.polluted = function polluted() {
  return 'polluted';
};
