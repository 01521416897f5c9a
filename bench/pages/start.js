// Runs before the widgets' script is fetched: the zero point of "script start to rendered",
// and the long tasks of the load.
window.__scriptStart = performance.now();
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });
