/** A question's own id, as it appears after `#` in a link: letters, digits, `-` and `_`. */
export const FAQ_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

/** "What's the strongest evidence?" → `whats-the-strongest-evidence` (accents dropped). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
  return slug || 'question';
}
