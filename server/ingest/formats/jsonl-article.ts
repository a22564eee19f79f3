/**
 * JSON Lines articles: one `{url, title, text, publishedAt, source, language?}` object a line.
 * Pure: parses one line; the reader adds the file and line number to any error.
 */
export type JsonlLineParse = { ok: true; value: unknown } | { ok: false; reason: string } | { ok: 'blank' };

export function parseJsonlLine(line: string): JsonlLineParse {
  const trimmed = line.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: 'blank' };
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch (error) {
    return { ok: false, reason: `malformed JSON: ${(error as Error).message}` };
  }
}
