/**
 * Plain-text highlights for search hits: the fragment around the first matched term, with every
 * matched term in it marked «like this». Never HTML.
 */
const RADIUS = 80;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function highlight(text: string, terms: readonly string[]): string | null {
  if (terms.length === 0 || text === '') return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const first = pattern.exec(text);
  if (!first) return null;
  let start = Math.max(0, first.index - RADIUS);
  let end = Math.min(text.length, first.index + first[0].length + RADIUS);
  // Cut at word boundaries where possible.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first.index) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.index + first[0].length) end = space;
  }
  const fragment = text.slice(start, end).replace(/\s+/g, ' ');
  const marked = fragment.replace(new RegExp(pattern.source, 'giu'), (m) => `«${m}»`);
  return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
}
