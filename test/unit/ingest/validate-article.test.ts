import { describe, expect, it } from 'vitest';
import { toIsoDay, validateArticle } from '../../../server/ingest/validate-article';
import { articleIdOf, contentHashOf, eventIdOf, slugOf } from '../../../server/ingest/identity';

const ok = {
  url: 'https://example.test/a',
  title: 'T',
  text: 'Body',
  publishedAt: '2024-06-19',
  source: 'S',
  language: 'en',
};

describe('validateArticle', () => {
  it('validateArticle(a good article) returns it trimmed, with absent fields as null', () => {
    expect(validateArticle({ title: ' T ', text: 'Body' }, { maxBytes: 100 })).toEqual({
      ok: true,
      value: { url: null, title: 'T', text: 'Body', publishedAt: null, source: null, language: null },
    });
    expect(validateArticle({ ...ok, language: 'ID' }, { maxBytes: 100 })).toMatchObject({
      ok: true,
      value: { language: 'id' },
    });
  });

  it('validateArticle rejects wrong field types with the field, what it got and what is allowed', () => {
    expect(validateArticle({ ...ok, title: 42 }, { maxBytes: 100 })).toEqual({
      ok: false,
      reason: 'invalid title: a number (allowed: a non-empty string)',
    });
    expect(validateArticle({ ...ok, text: null }, { maxBytes: 100 })).toEqual({
      ok: false,
      reason: 'invalid text: null (allowed: a non-empty string)',
    });
    expect(validateArticle({ ...ok, url: ['x'] }, { maxBytes: 100 })).toEqual({
      ok: false,
      reason: 'invalid url: an array (allowed: a string or null)',
    });
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'ftp://example.test/a']) {
      expect(validateArticle({ ...ok, url }, { maxBytes: 100 })).toEqual({
        ok: false,
        reason: `invalid url: ${JSON.stringify(url)} (allowed: an http(s) URL)`,
      });
    }
    expect(validateArticle({ ...ok, url: 'HTTP://Example.test/a' }, { maxBytes: 100 }).ok).toBe(true);
    expect(validateArticle({ ...ok, publishedAt: '19/06/2024' }, { maxBytes: 100 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^invalid publishedAt: "19\/06\/2024"/),
    });
    expect(validateArticle({ ...ok, language: 'pt' }, { maxBytes: 100 })).toEqual({
      ok: false,
      reason: 'invalid language: "pt" (allowed: en, id, ru, es, fr)',
    });
    expect(validateArticle('text', { maxBytes: 100 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^invalid article: a string/),
    });
  });

  it('validateArticle rejects a text over the size limit, counting UTF-8 bytes', () => {
    expect(validateArticle({ ...ok, text: 'ж'.repeat(51) }, { maxBytes: 100 })).toEqual({
      ok: false,
      reason: 'text too large: 102 bytes (allowed: at most 100 bytes; see --max-bytes or INGEST_MAX_BYTES)',
    });
    expect(validateArticle({ ...ok, text: 'ж'.repeat(50) }, { maxBytes: 100 }).ok).toBe(true);
  });

  it('toIsoDay keeps the calendar day of dates and date-times and refuses impossible dates', () => {
    expect(toIsoDay('2024-06-19T23:30:00+09:00')).toBe('2024-06-19');
    expect(toIsoDay('2024-02-30')).toBeNull();
    expect(toIsoDay('June 19')).toBeNull();
  });
});

describe('identity', () => {
  it('contentHashOf ignores whitespace differences; articleIdOf is stable', () => {
    expect(contentHashOf('T', 'a  b\n c')).toBe(contentHashOf(' T', 'a b c'));
    expect(articleIdOf(contentHashOf('T', 'x'))).toMatch(/^article:[0-9a-f]{20}$/);
  });

  it('eventIdOf: a treaty event is (type, treaty) whatever its date and participants', () => {
    const a = eventIdOf({
      type: 'TREATY_SIGNING',
      treaty: 't:1',
      date: '2024-06-19',
      participants: ['a'],
      articleId: 'x',
    });
    const b = eventIdOf({
      type: 'TREATY_SIGNING',
      treaty: 't:1',
      date: '2024-06-18',
      participants: ['b', 'c'],
      articleId: 'y',
    });
    expect(a).toBe(b);
    expect(eventIdOf({ type: 'RATIFICATION', treaty: 't:1', date: null, participants: [], articleId: 'x' })).not.toBe(
      a,
    );
  });

  it('eventIdOf: any other event is (type, date at precision, sorted participants)', () => {
    const base = { type: 'MEETING', treaty: null, date: '2024-06-19', articleId: 'x' };
    expect(eventIdOf({ ...base, participants: ['b', 'a'] })).toBe(
      eventIdOf({ ...base, participants: ['a', 'b', 'a'], articleId: 'y' }),
    );
    expect(eventIdOf({ ...base, participants: ['a', 'b'] })).not.toBe(
      eventIdOf({ ...base, date: '2024-06', participants: ['a', 'b'] }),
    );
    // Undated events cannot be matched across articles.
    expect(eventIdOf({ ...base, date: null, participants: ['a'] })).not.toBe(
      eventIdOf({ ...base, date: null, participants: ['a'], articleId: 'y' }),
    );
  });

  it('slugOf folds accents and punctuation', () => {
    expect(slugOf("Pyongyang, P'yongyang-si, North Korea")).toBe('pyongyang-p-yongyang-si-north-korea');
    expect(slugOf('Bogotá')).toBe('bogota');
    expect(slugOf('Пхеньян')).toBe('пхеньян');
  });
});
