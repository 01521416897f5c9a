// A build plugin: collapses each run of HTML white space in the static parts of Lit `html` and
// `svg` templates to one space, which the JavaScript minifier leaves as written. One space
// renders as the run did wherever white space collapses (everywhere in our templates: no
// <pre>, <textarea> or `white-space: pre*`), so no word joins and no gap appears. Expressions
// (`${…}`) are untouched: the templates are found by parsing, not by pattern.
import { parseAst } from 'rolldown/parseAst';

const TAGS = new Set(['html', 'svg']);
// HTML's white space only: a no-break space (U+00A0) in a template is content.
const RUN = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;
const KEEPS_WHITE_SPACE = /<(pre|textarea)\b|white-space\s*:\s*pre/i;

/** The source with every `html`/`svg` template's white space collapsed. */
export function collapseTemplateWhitespace(code, filename = 'module.ts') {
  const program = parseAst(code, { lang: filename.endsWith('.ts') ? 'ts' : 'js' }, filename);
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      TAGS.has(node.tag.name)
    ) {
      const raw = node.quasi.quasis.map((q) => q.value.raw).join('');
      if (!KEEPS_WHITE_SPACE.test(raw)) {
        for (const quasi of node.quasi.quasis) {
          // The parser's span may include the delimiters (` or }) around the raw text.
          const text = quasi.value.raw;
          const start = quasi.start + (/[`}]/.test(code[quasi.start]) ? 1 : 0);
          if (code.slice(start, start + text.length) !== text) {
            throw new Error(`minify-html-templates: unexpected template offsets in ${filename}`);
          }
          const tight = text.replace(RUN, ' ');
          if (tight !== text) edits.push([start, start + text.length, tight]);
        }
      }
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(program);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

export function minifyHtmlTemplates() {
  return {
    name: 'clinic-widgets:minify-html-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg)`/.test(code)) return null;
      const out = collapseTemplateWhitespace(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
