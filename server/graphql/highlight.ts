/**
 * Plain-text highlights for search hits: the fragment around the first matched term, with every
 * matched term in it marked «like this». Never HTML.
 */
const RADIUS = 80;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Highlights texts for one set of terms (a search's): the pattern is compiled once, not per hit and field. */
export type Highlighter = (text: string) => string | null;

export function createHighlighter(terms: readonly string[]): Highlighter {
  if (terms.length === 0) return () => null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    if (text === '') return null;
    pattern.lastIndex = 0;
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
    // replace() with a global pattern starts at 0 and leaves lastIndex at 0.
    const marked = fragment.replace(pattern, (m) => `«${m}»`);
    return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
  };
}
