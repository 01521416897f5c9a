// Loaded before the widgets: counts every Intl formatter the page builds, by kind and locale.
window.__intl = [];
for (const kind of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat']) {
  const Original = Intl[kind];
  Intl[kind] = new Proxy(Original, {
    construct(target, args) {
      window.__intl.push(`${kind} ${args[0]} ${JSON.stringify(args[1] ?? {})}`);
      return Reflect.construct(target, args);
    },
  });
}
