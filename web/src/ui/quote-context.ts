/**
 * The sentence an event came from, with some of the article around it, split into the parts
 * before, inside and after the quote so the panel can highlight it (as text, never HTML).
 */
export interface QuoteParts {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

export function quoteContext(text: string, quote: string, start: number, end: number, around = 160): QuoteParts {
  let s = start;
  let e = end;
  if (!(s >= 0 && e <= text.length && s < e && text.slice(s, e) === quote)) {
    // Offsets that do not match the quote: find the quote itself, else show it alone.
    const at = quote ? text.indexOf(quote) : -1;
    if (at === -1) return { before: '', quote, after: '' };
    s = at;
    e = at + quote.length;
  }
  const from = Math.max(0, s - around);
  const to = Math.min(text.length, e + around);
  const cutStart = from > 0 ? text.indexOf(' ', from) + 1 || from : 0;
  const cutEnd = to < text.length ? text.lastIndexOf(' ', to) : to;
  const before = (cutStart > 0 ? '…' : '') + text.slice(Math.min(cutStart, s), s);
  const after = text.slice(e, Math.max(e, cutEnd)) + (cutEnd < text.length ? '…' : '');
  return { before, quote: text.slice(s, e), after };
}
