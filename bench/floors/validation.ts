// Floor 4: the validation the elements load once an author gives content: zod/mini, the three
// schemas they read (crisis lines, evidence, FAQ), the JSON reader and the issue formatter.
export { readAuthorContent, reportIssues } from '../../src/content/author-content.js';
export { crisisLinesSchema } from '../../src/content/crisis-lines.js';
export { evidenceSchema } from '../../src/content/evidence.js';
export { faqSchema } from '../../src/content/faq.js';
