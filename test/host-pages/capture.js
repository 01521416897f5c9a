// Loaded first by every host page: records what a partner site would want to know about.
window.__captured = { errors: [], warnings: [], violations: [], pageErrors: [] };
const captured = window.__captured;
const originalError = console.error.bind(console);
const originalWarn = console.warn.bind(console);
console.error = (...args) => {
  captured.errors.push(args.map(String).join(' '));
  originalError(...args);
};
console.warn = (...args) => {
  captured.warnings.push(args.map(String).join(' '));
  originalWarn(...args);
};
window.addEventListener('error', (event) => captured.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  captured.pageErrors.push(String(event.reason)),
);
document.addEventListener('securitypolicyviolation', (event) => {
  captured.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
captured.shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) captured.shifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
