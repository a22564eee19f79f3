import { createHash } from 'node:crypto';

/**
 * Stable ids. An article's id comes from its content; an event's from what it is (docs/architecture.md
 * "Identity"): a treaty event is (type, treaty), any other event is (type, date at its
 * precision, sorted participant ids). Same inputs, same ids, in any order and any run.
 */
function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** Text normalised for hashing: Unicode NFC, whitespace collapsed, trimmed. */
function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The content hash of an article: title and body, normalised (sha1, hex). */
export function contentHashOf(title: string, text: string): string {
  return sha1(`${normalizeText(title)}\n${normalizeText(text)}`);
}

export function articleIdOf(contentHash: string): string {
  return `article:${contentHash.slice(0, 20)}`;
}

export interface EventIdentity {
  /** UPPER_CASE event type. */
  type: string;
  treaty: string | null;
  /** The date at its own precision ("2024", "2024-06", "2024-06-19"), or null. */
  date: string | null;
  participants: readonly string[];
  /** Undated, non-treaty events cannot be matched across articles: they stay scoped to their article. */
  articleId: string;
}

export function eventIdOf(e: EventIdentity): string {
  const key =
    e.treaty !== null
      ? `${e.type}|treaty|${e.treaty}`
      : `${e.type}|${e.date ?? `undated|${e.articleId}`}|${[...new Set(e.participants)].sort().join(',')}`;
  return `event:${sha1(key).slice(0, 20)}`;
}

/**
 * The id of an unnamed treaty: its extracted id (kind and year) with its sorted party ids and
 * signing date. Two articles that each "signed an agreement" in 2019 give one treaty only when
 * the same parties signed it on the same date; without parties it cannot be matched across
 * articles and stays the article's own.
 */
export function unnamedTreatyIdOf(t: {
  id: string;
  parties: readonly string[];
  signed: string | null;
  articleId: string;
}): string {
  const parties = [...new Set(t.parties)].sort();
  const key = parties.length > 0 ? `${parties.join(',')}|${t.signed ?? 'undated'}` : `article|${t.articleId}`;
  return `${t.id}-${sha1(key).slice(0, 10)}`;
}

/** A lowercase ASCII-ish slug for ids built from names ("Pyongyang, North Korea" → "pyongyang-north-korea"). */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || sha1(name).slice(0, 12);
}

export function placeIdOf(name: string): string {
  return `place:${slugOf(name)}`;
}
