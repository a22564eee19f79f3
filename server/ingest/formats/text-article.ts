/**
 * Plain-text articles: optional front matter (`---` lines with `key: value`), then the title on
 * the first non-empty line, a blank line, and the body. Pure: takes the file's lines.
 */
interface TextArticleFields {
  url?: string;
  source?: string;
  publishedAt?: string;
  language?: string;
  /** Who published the text, its licence and the attribution the licence asks for (provenance; seed articles carry all three). */
  publisher?: string;
  licence?: string;
  attribution?: string;
  title: string;
  text: string;
}

export type TextArticleParse =
  { ok: true; fields: TextArticleFields; warnings: string[] } | { ok: false; reason: string };

const FRONT_MATTER_KEYS = new Set([
  'url',
  'source',
  'publishedAt',
  'language',
  'title',
  'publisher',
  'licence',
  'attribution',
]);

export function parseTextArticle(lines: readonly string[]): TextArticleParse {
  const warnings: string[] = [];
  const meta: Record<string, string> = {};
  let i = 0;
  const first = lines[0]?.replace(/^\uFEFF/, '');
  if (first?.trim() === '---') {
    const close = lines.findIndex((l, k) => k > 0 && l.trim() === '---');
    if (close < 0) return { ok: false, reason: 'front matter opened with --- but never closed' };
    for (let k = 1; k < close; k++) {
      const line = lines[k] ?? '';
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      const m = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (!m) return { ok: false, reason: `front matter line ${k + 1} is not "key: value": ${JSON.stringify(line)}` };
      const key = m[1] as string;
      if (!FRONT_MATTER_KEYS.has(key)) warnings.push(`front matter key ignored: ${key}`);
      else meta[key] = (m[2] as string).replace(/^(["'])(.*)\1$/, '$2');
    }
    i = close + 1;
  } else if (first !== undefined && i === 0) {
    lines = [first, ...lines.slice(1)];
  }
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  let title = meta.title;
  if (title === undefined) {
    if (i >= lines.length)
      return { ok: false, reason: 'no title line (the first line after the front matter is the title)' };
    title = (lines[i] ?? '').trim();
    i++;
  }
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const text = lines.slice(i).join('\n').replace(/\s+$/u, '');
  if (text === '') return { ok: false, reason: 'no text after the title line' };
  const fields: TextArticleFields = { title, text };
  if (meta.url !== undefined) fields.url = meta.url;
  if (meta.source !== undefined) fields.source = meta.source;
  if (meta.publishedAt !== undefined) fields.publishedAt = meta.publishedAt;
  if (meta.language !== undefined) fields.language = meta.language;
  for (const key of ['publisher', 'licence', 'attribution'] as const)
    if (meta[key] !== undefined) fields[key] = meta[key];
  return { ok: true, fields, warnings };
}
