import type { Source } from '../../content/sources.js';

const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * The reference line, as the article's source list writes it:
 * "Dakwar E, et al. (2019). Title. Am J Psychiatry." for people, "Health Canada — Title"
 * for an organisation's page.
 */
export function referenceText(source: Source): string {
  const { authors, publisher, year, title, journal } = source;
  const when = year === undefined ? '' : ` (${year})`;
  if (!authors) {
    const head = `${publisher}${when}`;
    return title
      ? `${head} — ${title}${journal ? `. ${sentence(journal)}` : ''}`
      : `${sentence(head)} ${sentence(journal!)}`;
  }
  const parts = [sentence(`${authors}${when}`)];
  if (title) parts.push(sentence(title));
  if (journal) parts.push(sentence(journal));
  if (publisher) parts.push(sentence(publisher));
  return parts.join(' ');
}

/** The citation as plain text: the reference line and its address. */
export function plainCitation(source: Source): string {
  return source.url ? `${referenceText(source)} ${source.url}` : referenceText(source);
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The citation as a formatted reference line for a document or an e-mail (`text/html` on
 * the clipboard): the journal in italics, the address as a link. Every value is escaped.
 */
export function formattedCitation(source: Source): string {
  let line = escape(referenceText(source));
  if (source.journal) {
    const journal = escape(source.journal);
    const at = line.lastIndexOf(journal);
    if (at >= 0) line = `${line.slice(0, at)}<i>${journal}</i>${line.slice(at + journal.length)}`;
  }
  const link = source.url ? ` <a href="${escape(source.url)}">${escape(source.url)}</a>` : '';
  return `<p>${line}${link}</p>`;
}
