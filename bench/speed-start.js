// Runs before the bundle is fetched: the zero point of "script start to all rendered".
window.__scriptStart = performance.now();
