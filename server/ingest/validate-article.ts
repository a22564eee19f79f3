import { LANGUAGES, type Language } from '../domain/extraction';
import type { ArticleInput } from './types';

/** The default size limit for one article's text, in bytes of UTF-8 (1 MB). */
export const DEFAULT_MAX_BYTES = 1_000_000;

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The calendar day of an ISO 8601 date or date-time ("2024-06-19T08:00:00Z" → "2024-06-19"), or null when invalid. */
export function toIsoDay(text: string): string | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** An absolute http: or https: URL, as the API and the CLI accept for an article. */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function optionalString(record: Record<string, unknown>, name: string): Validated<string | null> {
  const v = record[name];
  if (v === undefined || v === null) return { ok: true, value: null };
  if (typeof v !== 'string')
    return { ok: false, reason: `invalid ${name}: ${describe(v)} (allowed: a string or null)` };
  const t = v.trim();
  return { ok: true, value: t === '' ? null : t };
}

/**
 * Validates one article at the boundary: field types, a non-empty title and text, an ISO
 * publishedAt, a supported language and the size limit. Returns the reason when it is rejected.
 */
export function validateArticle(raw: unknown, options: { maxBytes: number }): Validated<ArticleInput> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      reason: `invalid article: ${describe(raw)} (allowed: an object with url, title, text, publishedAt, source, language)`,
    };
  }
  const r = raw as Record<string, unknown>;
  for (const name of ['title', 'text'] as const) {
    if (typeof r[name] !== 'string')
      return { ok: false, reason: `invalid ${name}: ${describe(r[name])} (allowed: a non-empty string)` };
    if ((r[name] as string).trim() === '')
      return { ok: false, reason: `invalid ${name}: empty (allowed: a non-empty string)` };
  }
  const text = r.text as string;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > options.maxBytes) {
    return {
      ok: false,
      reason: `text too large: ${bytes} bytes (allowed: at most ${options.maxBytes} bytes; see --max-bytes or INGEST_MAX_BYTES)`,
    };
  }
  const fields: Record<string, string | null> = {};
  for (const name of ['url', 'publishedAt', 'source', 'language'] as const) {
    const v = optionalString(r, name);
    if (!v.ok) return v;
    fields[name] = v.value;
  }
  // Only http(s): a javascript:, data: or vbscript: URL would be served back to the web app.
  if (fields.url !== null && fields.url !== undefined && !isHttpUrl(fields.url)) {
    return { ok: false, reason: `invalid url: ${JSON.stringify(fields.url)} (allowed: an http(s) URL)` };
  }
  if (fields.publishedAt && toIsoDay(fields.publishedAt) === null) {
    return {
      ok: false,
      reason: `invalid publishedAt: ${JSON.stringify(fields.publishedAt)} (allowed: an ISO 8601 date or date-time, e.g. 2024-06-19)`,
    };
  }
  const language = fields.language ? fields.language.toLowerCase() : null;
  if (language !== null && !(LANGUAGES as readonly string[]).includes(language)) {
    return {
      ok: false,
      reason: `invalid language: ${JSON.stringify(fields.language)} (allowed: ${LANGUAGES.join(', ')})`,
    };
  }
  return {
    ok: true,
    value: {
      url: fields.url ?? null,
      title: (r.title as string).trim(),
      text,
      publishedAt: fields.publishedAt ?? null,
      source: fields.source ?? null,
      language: language as Language | null,
    },
  };
}
