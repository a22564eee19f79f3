import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, MODALITIES, type ExtractionResult } from '../../../server/domain/extraction';
import { parsePartialDate } from '../../../server/domain/calendar';
import { extractArticle, MAX_TEXT_LENGTH } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

const root = resolve(__dirname, '../../..');
const fixtureDir = join(root, 'test/fixtures/articles');
const bodies = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtureDir, f), 'utf8').split(/\r?\n/).slice(3).join('\n'));
const run = (text: string) => extractArticle(text, { gazetteer: testGazetteer() });

/** Every span an extraction result claims, with the text it quotes. */
function spans(r: ExtractionResult): { quote: string; start: number; end: number }[] {
  return [
    ...r.events,
    ...r.actors.flatMap((a) => a.mentions ?? []),
    ...r.treaties.flatMap((t) => t.mentions ?? []),
    ...r.treaties.filter((t) => t.start !== undefined).map((t) => ({ quote: t.quote, start: t.start!, end: t.end! })),
  ];
}

describe('extractArticle: bad input', () => {
  it('extractArticle("") returns a warning and no facts', () => {
    expect(run('   \n')).toEqual({ language: null, actors: [], events: [], treaties: [], warnings: ['empty text'] });
  });
  it('extractArticle(binary) returns a warning and no facts', () => {
    const r = run('\u0000\u0001\u0002PNG\u0000\u0000garbage\u0003'.repeat(20));
    expect(r.warnings).toEqual(['binary or non-text content']);
    expect(r.events).toEqual([]);
  });
  it('extractArticle(text over the limit) returns a warning and no facts', () => {
    const r = run('a'.repeat(MAX_TEXT_LENGTH + 1));
    expect(r.warnings[0]).toMatch(/^text too long/);
    expect(r.actors).toEqual([]);
  });
  it('extractArticle(Portuguese) returns an unsupported-language warning', () => {
    const r = run(
      'O tratado foi assinado em 1961 pela União Soviética e pela Coreia do Norte e ainda está em vigor, segundo o governo.',
    );
    expect(r.language).toBeNull();
    expect(r.warnings[0]).toMatch(/unsupported language/);
  });
  it('extractArticle(invalid published date) warns and goes on', () => {
    const r = extractArticle('Putin met Kim in Pyongyang yesterday.', {
      gazetteer: testGazetteer(),
      published: '2024-13-45',
    });
    expect(r.warnings).toEqual(['invalid published date: 2024-13-45 (expected YYYY-MM-DD)']);
    expect(r.language).toBe('en');
  });
});

describe('extractArticle: contract', () => {
  it('extractArticle(fixtures) quotes every span exactly: text.slice(start, end) === quote', () => {
    // the loops below pass on an empty folder: the fixtures must be there
    expect(bodies).not.toHaveLength(0);
    for (const text of bodies) for (const s of spans(run(text))) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });
  it('extractArticle(fixtures) returns valid types, modalities, codes and partial dates', () => {
    expect(bodies).not.toHaveLength(0);
    for (const text of bodies) {
      const r = run(text);
      for (const e of r.events) {
        expect(EVENT_TYPES).toContain(e.type);
        expect(MODALITIES).toContain(e.modality);
        expect(e.plover).toMatch(/^[A-Z]+$/);
        expect(e.cameo).toMatch(/^\d{3}$/);
        if (e.date !== null) expect(parsePartialDate(e.date)).not.toBeNull();
        expect(e.confidence).toBeGreaterThan(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
      }
      for (const a of r.actors) expect(a.id).toMatch(/^(?:country|person|org):[A-Za-z0-9-]+$/);
      for (const t of r.treaties) expect(t.id).toMatch(/^treaty:[a-z0-9-]+$/);
    }
  });
  it('extractArticle(same text twice) returns the same result (determinism)', () => {
    for (const text of bodies.slice(0, 5)) expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });
  it('extractArticle(shuffled sentences from the fixtures) never throws and keeps its quotes exact (property)', () => {
    const sentences = bodies.flatMap((b) => b.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim().length > 3);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', '\n', '\n\n'),
        (parts, sep) => {
          const text = parts.join(sep);
          const r = run(text);
          for (const s of spans(r)) expect(text.slice(s.start, s.end)).toBe(s.quote);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('extractArticle(random unicode) never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = run(s);
        expect(Array.isArray(r.warnings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractArticle: front matter', () => {
  const front = '---\nurl: https://example.org/a\nsource: Example wire\npublishedAt: 2024-03-08\nlanguage: id\n---\n';
  const body =
    'Swedia Resmi Bergabung dengan NATO\n\nSwedia resmi menjadi anggota NATO kemarin setelah Perdana Menteri Ulf Kristersson menyerahkan dokumen aksesi kepada Antony Blinken.\n';
  it('extractArticle(front matter + body) extracts nothing from the metadata and keeps offsets into the original text', () => {
    const text = front + body;
    const r = run(text);
    for (const s of spans(r)) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(s.start).toBeGreaterThanOrEqual(front.length);
    }
    expect(r.actors.map((a) => a.name)).not.toContain('Example wire');
  });
  it('extractArticle(front matter with publishedAt) resolves "kemarin" from it when no date is given', () => {
    const r = run(front + body);
    expect(r.events.find((e) => e.type === 'accession')?.date).toBe('2024-03-07');
    const given = extractArticle(front + body, { gazetteer: testGazetteer(), published: '2024-01-10' });
    expect(given.events.find((e) => e.type === 'accession')?.date).toBe('2024-01-09');
  });
});
