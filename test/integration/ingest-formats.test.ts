import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGdelt, ingestArticles, type IngestItem } from '../../server/ingest';
import { listSources, readArticleFile, readGdeltFile } from '../../server/ingest/read-sources';
import { countGraph, useTestDatabase } from '../support/database';
import { createStandInExtractor } from '../fixtures/ingest/stand-in-extractor';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const clock = () => new Date('2026-01-01T00:00:00Z');
// No facts: these tests are about formats and validation, not extraction.
const extract = createStandInExtractor({});

async function* itemsOf(paths: string[], maxBytes = 1_000_000): AsyncGenerator<IngestItem> {
  for (const f of await listSources(paths)) yield* readArticleFile(f, { maxBytes, root: FIXTURES });
}

describe('ingestion formats against Neo4j', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });

  it('JSONL: a malformed line and a wrong field type are reported with file:line and the load goes on', async () => {
    const { reports, summary } = await ingestArticles(db, itemsOf([join(FIXTURES, 'articles.jsonl')]), {
      clock,
      extract,
    });
    expect(reports.map((r) => [r.origin, r.outcome])).toEqual([
      ['articles.jsonl:1', 'created'],
      ['articles.jsonl:2', 'rejected'],
      ['articles.jsonl:3', 'created'],
      ['articles.jsonl:4', 'rejected'],
      ['articles.jsonl:6', 'created'],
    ]);
    expect(reports[1]?.reason).toMatch(/^articles\.jsonl:2: malformed JSON: /);
    expect(reports[3]?.reason).toBe('articles.jsonl:4: invalid title: a number (allowed: a non-empty string)');
    expect(summary).toMatchObject({ articles: 5, created: 3, rejected: 2, duplicates: 0 });
    const rows = await db.read<{ language: string; publishedAt: string }>({
      cypher:
        'MATCH (a:Article) RETURN a.language AS language, toString(a.publishedAt) AS publishedAt ORDER BY publishedAt',
      params: {},
    });
    expect(rows).toEqual([
      { language: 'en', publishedAt: '2024-06-19' },
      { language: 'ru', publishedAt: '2024-10-24' },
      { language: 'id', publishedAt: '2024-12-04' },
    ]);
  });

  it('txt: with and without front matter, folders read recursively', async () => {
    const { reports } = await ingestArticles(
      db,
      itemsOf([join(FIXTURES, 'with-front-matter.txt'), join(FIXTURES, 'without-front-matter.txt')]),
      { clock, extract },
    );
    expect(reports.map((r) => [r.origin, r.outcome, r.title, r.url])).toEqual([
      [
        'with-front-matter.txt',
        'created',
        'Putin dan Kim Jong Un teken pakta',
        'https://example.test/txt/front-matter',
      ],
      ['without-front-matter.txt', 'created', 'Finland joins NATO', null],
    ]);
    const [a] = await db.read<{ text: string; language: string | null }>({
      cypher: "MATCH (a:Article {title: 'Finland joins NATO'}) RETURN a.text AS text, a.language AS language",
      params: {},
    });
    expect(a?.text).toMatch(/^Finland became the 31st member of NATO/);
  });

  it('duplicates by content hash or URL are skipped and counted, in one load and across loads', async () => {
    const a = {
      url: 'https://example.test/d/1',
      title: 'A',
      text: 'Same text.',
      publishedAt: null,
      source: null,
      language: null,
    };
    const sameText = { ...a, url: 'https://example.test/d/2', text: 'Same   text.' };
    const sameUrl = { ...a, title: 'B', text: 'Other text.' };
    const first = await ingestArticles(db, [a, sameText, sameUrl], { clock, extract });
    expect(first.reports.map((r) => r.outcome)).toEqual(['created', 'duplicate', 'duplicate']);
    expect(first.summary).toMatchObject({ created: 1, duplicates: 2 });
    const second = await ingestArticles(db, [sameUrl, sameText], { clock, extract });
    expect(second.reports.map((r) => r.reason)).toEqual([
      `duplicate: URL https://example.test/d/1 already loaded as ${first.reports[0]?.id}`,
      `duplicate: same content as ${first.reports[0]?.id}`,
    ]);
    expect((await countGraph(db)).nodes).toBe(1);
  });

  it('texts over the size limit are rejected with the reason; a big file is not even read', async () => {
    const big = { url: null, title: 'Big', text: 'x'.repeat(2001), publishedAt: null, source: null, language: null };
    const { reports } = await ingestArticles(db, [big], { clock, extract, maxBytes: 2000 });
    expect(reports[0]).toMatchObject({
      outcome: 'rejected',
      reason: 'text too large: 2001 bytes (allowed: at most 2000 bytes; see --max-bytes or INGEST_MAX_BYTES)',
    });
    const fromFile = await ingestArticles(db, itemsOf([join(FIXTURES, 'with-front-matter.txt')], 20), {
      clock,
      extract,
      maxBytes: 20,
    });
    expect(fromFile.reports[0]?.reason).toMatch(/^with-front-matter\.txt: text too large: \d+ bytes/);
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('a dry run reports what would be written and writes nothing', async () => {
    const { reports, summary } = await ingestArticles(db, itemsOf([join(FIXTURES, 'articles.jsonl')]), {
      clock,
      extract,
      dryRun: true,
    });
    expect(summary).toMatchObject({ created: 3, rejected: 2 });
    expect(reports[0]?.id).toMatch(/^article:/);
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('GDELT: the sample export imports its 8 valid rows with GDELT ids, rejects 2 with file:line, and again changes nothing', async () => {
    const [file] = await listSources([join(FIXTURES, 'gdelt-sample.export.CSV')]);
    const summary = await importGdelt(db, readGdeltFile(file!, { root: FIXTURES }), { batchSize: 3 });
    expect(summary).toEqual({
      rows: 10,
      events: 8,
      rejected: 2,
      batches: 3,
      errors: [
        'gdelt-sample.export.CSV:5: expected 61 tab-separated columns (GDELT 2.0 events export), got 3',
        'gdelt-sample.export.CSV:8: invalid SQLDATE: "2024-06-1" (allowed: YYYYMMDD)',
      ],
    });
    const [signing] = await db.read<Record<string, unknown>>({
      cypher: `MATCH (e:Event {gdeltId: '1180356001'})
               RETURN e.id AS id, e.type AS type, e.plover AS plover, e.cameo AS cameo, toString(e.date) AS date, e.datePrecision AS precision,
                      labels(e) AS labels, e.quadClass AS quadClass, e.goldstein AS goldstein, e.sourceUrl AS url,
                      [(a:Actor)-[r:PARTICIPATED_IN]->(e) | a.id + ':' + r.role] AS actors, [(e)-[:TOOK_PLACE_IN]->(p) | p.name] AS places`,
      params: {},
    });
    expect(signing).toMatchObject({
      id: 'gdelt:1180356001',
      type: 'TREATY_SIGNING',
      plover: 'AGREE',
      cameo: '057',
      date: '2024-06-19',
      precision: 'day',
      labels: ['Event'],
      quadClass: 1,
      goldstein: 8,
      url: 'https://example.test/gdelt/putin-kim-sign-pact',
      places: ["Pyongyang, P'yongyang-si, North Korea"],
    });
    expect((signing?.actors as string[]).sort()).toEqual(['country:KP:SIGNATORY', 'country:RU:SIGNATORY']);
    const actors = await db.read<{ id: string; name: string }>({
      cypher: 'MATCH (a:Actor) RETURN a.id AS id, a.name AS name ORDER BY id',
      params: {},
    });
    expect(actors).toEqual([
      { id: 'country:KP', name: 'North Korea' },
      { id: 'country:KR', name: 'South Korea' },
      { id: 'country:RU', name: 'Russia' },
      { id: 'country:UA', name: 'Ukraine' },
      { id: 'country:US', name: 'United States' },
      { id: 'gdelt:igouno', name: 'United Nations' },
    ]);
    // ActionGeo country codes are FIPS 10-4: KN is North Korea (not Saint Kitts and Nevis), KS South Korea, RS Russia.
    const places = await db.read<{ name: string; iso2: string; fips: string }>({
      cypher: 'MATCH (p:Place) RETURN p.name AS name, p.iso2 AS iso2, p.fips AS fips ORDER BY name',
      params: {},
    });
    expect(places).toEqual([
      { name: 'Moscow, Moskva, Russia', iso2: 'RU', fips: 'RS' },
      { name: "Pyongyang, P'yongyang-si, North Korea", iso2: 'KP', fips: 'KN' },
      { name: "Seoul, Seoul-t'ukpyolsi, South Korea", iso2: 'KR', fips: 'KS' },
    ]);
    const counts = await countGraph(db);
    await importGdelt(db, readGdeltFile(file!, {}), { batchSize: 5000 });
    expect(await countGraph(db)).toEqual(counts);
  });
});
