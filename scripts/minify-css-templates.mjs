// A build plugin: collapses the white space and comments inside Lit `css` templates, which
// the JavaScript minifier leaves as they are. Template expressions (`${…}`) are untouched.
export function minifyCssTemplates() {
  return {
    name: 'clinic-widgets:minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) => {
        const tight = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${tight}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
