import { describe, expect, it } from 'vitest';
import { fromCameo } from '../../../server/ingest/formats/cameo';
import { GDELT_COLUMNS, parseGdeltLine } from '../../../server/ingest/formats/gdelt-event';
import { parseJsonlLine } from '../../../server/ingest/formats/jsonl-article';
import { parseTextArticle } from '../../../server/ingest/formats/text-article';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');

describe('parseTextArticle', () => {
  it('parseTextArticle(lines with front matter) returns its fields, the title line and the body', () => {
    const r = parseTextArticle(readFileSync(join(FIXTURES, 'with-front-matter.txt'), 'utf8').split('\n'));
    expect(r).toEqual({
      ok: true,
      warnings: [],
      fields: {
        url: 'https://example.test/txt/front-matter',
        source: 'Pactline test',
        publishedAt: '2024-06-20',
        language: 'id',
        title: 'Putin dan Kim Jong Un teken pakta',
        text: 'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani Perjanjian Kemitraan Strategis Komprehensif di Pyongyang kemarin.\n\nPerjanjian itu belum berlaku.',
      },
    });
  });

  it('parseTextArticle(lines without front matter) takes the first line as the title', () => {
    const r = parseTextArticle(readFileSync(join(FIXTURES, 'without-front-matter.txt'), 'utf8').split('\n'));
    expect(r.ok && r.fields).toEqual({
      title: 'Finland joins NATO',
      text: expect.stringMatching(/^Finland became the 31st member/),
    });
  });

  it('parseTextArticle returns a reason for unclosed front matter, a bad line and a missing body', () => {
    expect(parseTextArticle(['---', 'url: x'])).toEqual({
      ok: false,
      reason: 'front matter opened with --- but never closed',
    });
    expect(parseTextArticle(['---', 'no colon here', '---', 'T', '', 'B'])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('line 2'),
    });
    expect(parseTextArticle(['Only a title'])).toEqual({ ok: false, reason: 'no text after the title line' });
  });

  it('parseTextArticle warns about unknown front-matter keys and strips a BOM', () => {
    const r = parseTextArticle(['\uFEFF---', 'author: someone', '---', 'Title', '', 'Body']);
    expect(r).toEqual({
      ok: true,
      warnings: ['front matter key ignored: author'],
      fields: { title: 'Title', text: 'Body' },
    });
  });
});

describe('parseJsonlLine', () => {
  it('parseJsonlLine(valid) returns the value, (blank) says blank, (broken) returns the JSON error', () => {
    expect(parseJsonlLine('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonlLine('   ')).toEqual({ ok: 'blank' });
    expect(parseJsonlLine('{"a": ')).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed JSON: /) });
  });
});

describe('parseGdeltLine', () => {
  const lines = readFileSync(join(FIXTURES, 'gdelt-sample.export.CSV'), 'utf8').split('\n');

  it('has 61 columns, as GDELT 2.0 does', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
  });

  it('parseGdeltLine(a 057 row) maps CAMEO to a treaty signing with GDELT id, date, actors, place and URL', () => {
    const r = parseGdeltLine(lines[0] as string);
    expect(r).toEqual({
      ok: true,
      event: {
        gdeltId: '1180356001',
        date: '2024-06-19',
        actor1: { code: 'RUS', name: 'RUSSIA', countryCode: 'RUS' },
        actor2: { code: 'PRK', name: 'NORTH KOREA', countryCode: 'PRK' },
        cameo: '057',
        type: 'treaty_signing',
        plover: 'AGREE',
        quadClass: 1,
        goldstein: 8,
        numMentions: 10,
        avgTone: -1.5,
        place: {
          name: "Pyongyang, P'yongyang-si, North Korea",
          countryCode: 'KN',
          geoType: 4,
          lat: 39.0194,
          long: 125.755,
        },
        sourceUrl: 'https://example.test/gdelt/putin-kim-sign-pact',
      },
    });
  });

  it('parseGdeltLine returns the reason for a short row and a bad SQLDATE', () => {
    expect(parseGdeltLine(lines[4] as string)).toEqual({
      ok: false,
      reason: 'expected 61 tab-separated columns (GDELT 2.0 events export), got 3',
    });
    expect(parseGdeltLine(lines[7] as string)).toEqual({
      ok: false,
      reason: 'invalid SQLDATE: "2024-06-1" (allowed: YYYYMMDD)',
    });
  });

  it('parseGdeltLine(a row with one actor and no place) keeps actor2 and place null', () => {
    const r = parseGdeltLine(lines[8] as string);
    expect(r.ok === true && r.event).toMatchObject({
      actor1: { code: 'IGOUNO', name: 'UNITED NATIONS', countryCode: null },
      actor2: null,
      place: null,
      type: 'statement',
    });
  });
});

describe('fromCameo', () => {
  it('fromCameo maps specific codes first, then the root, and rejects non-codes', () => {
    expect(fromCameo('057')).toEqual({ type: 'treaty_signing', plover: 'AGREE' });
    expect(fromCameo('0571')).toEqual({ type: 'treaty_signing', plover: 'AGREE' });
    expect(fromCameo('042')).toEqual({ type: 'meeting', plover: 'CONSULT' });
    expect(fromCameo('1631')).toEqual({ type: 'sanction', plover: 'SANCTION' });
    expect(fromCameo('190')).toEqual({ type: 'military_action', plover: 'ASSAULT' });
    expect(fromCameo('99')).toBeNull();
    expect(fromCameo('x')).toBeNull();
  });
});
