/** The week of the news runs across a new year (round 18, issue 14): `reportedMeetings` keeps a visit of 30 December. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

/** The dates of the meetings extracted from `text`. */
const meetings = (text: string, published: string) =>
  events(text, published)
    .filter((e) => e.startsWith('meeting'))
    .map((e) => e.slice('meeting@'.length, e.indexOf('[')));

describe('a meeting of one party within a week of the news is the news, across a new year (reportedMeetings)', () => {
  it.each([
    ['en', 'President Joko Widodo arrived in Canberra on 30 December 2024 for a state visit.'],
    ['es', 'El presidente Joko Widodo llegó a Canberra el 30 de diciembre de 2024 en visita de Estado.'],
    ['id', 'Presiden Joko Widodo melakukan kunjungan kenegaraan ke Canberra pada 30 Desember 2024.'],
  ])('extractArticle(%s: a visit of 30 December 2024 told on 2 January 2025) is a meeting', (_, text) => {
    expect(meetings(text, '2025-01-02')).toEqual(['2024-12-30']);
  });

  it('extractArticle(en: a visit of 12 December 2024 told on 2 January 2025) is background, as within one year', () => {
    const text = 'President Joko Widodo arrived in Canberra on 12 December 2024 for a state visit.';
    expect(meetings(text, '2025-01-02')).toEqual([]);
    expect(meetings(text, '2024-12-14')).toEqual(['2024-12-12']);
  });
});
