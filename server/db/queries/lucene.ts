/**
 * Turns user input into a safe Lucene query for db.index.fulltext.queryNodes: words are split
 * on whitespace, every Lucene special character is escaped, and the boolean keywords are
 * lower-cased (the analyzer lower-cases anyway), so input is always plain words, OR-ed.
 * Returns null when nothing searchable is left.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLuceneQuery(input: string): string | null {
  const terms = searchTerms(input).map((t) => t.replace(SPECIAL, (c) => `\\${c}`));
  return terms.length === 0 ? null : terms.join(' ');
}

/** The words of the input as the highlighter looks for them (lower case, punctuation stripped at the edges). */
export function searchTerms(input: string): string[] {
  return input
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((w) => w.length > 0)
    .slice(0, 32);
}
