import { describe, expect, it } from 'vitest';
import type { ArticleRow } from '../../../server/db/writes/article-writes';
import { planArticle, toStoredDate } from '../../../server/ingest/plan-article';
import { country, event, person, treaty } from '../../fixtures/ingest/stand-in-extractor';

const TEXT =
  'Presiden Rusia Vladimir Putin dan Korea Utara meneken Perjanjian Kemitraan di Pyongyang. Perjanjian itu menggantikan perjanjian 1961. Putin bertemu Kim.';
const article: ArticleRow = {
  id: 'article:1',
  url: null,
  title: 'T',
  source: null,
  language: 'id',
  publishedAt: '2024-06-20',
  text: TEXT,
  contentHash: 'h',
  ingestedAt: '2026-01-01T00:00:00.000Z',
};

function extraction() {
  return {
    language: 'id' as const,
    warnings: ['a warning from the extractor'],
    actors: [
      country('country:RU', 'Russia', 'Rusia', TEXT),
      country('country:KP', 'North Korea', 'Korea Utara', TEXT),
      person('person:vladimir-putin', 'Vladimir Putin', 'Vladimir Putin', TEXT, {
        title: 'President of Russia',
        of: 'country:RU',
      }),
    ],
    treaties: [
      treaty('treaty:csp-2024', 'Comprehensive Strategic Partnership Treaty', 'Perjanjian Kemitraan', TEXT, {
        parties: ['Russia', 'North Korea', 'Atlantis'],
        replaces: ['Treaty of 1961'],
        replacesBasis: 'legal',
        signed: '2024-06-19',
      }),
      treaty('treaty:1961', 'Treaty of 1961', 'perjanjian 1961', TEXT, { signed: '1961' }),
    ],
    events: [
      event(TEXT, 'meneken', {
        type: 'treaty_signing',
        actors: ['Vladimir Putin', 'Russia', 'North Korea'],
        roles: { 'Vladimir Putin': 'SIGNATORY' },
        treaty: 'treaty:csp-2024',
        date: '2024-06-19',
        datePrecision: 'day',
        place: 'Pyongyang',
      }),
      event(TEXT, 'bertemu', {
        type: 'meeting',
        actors: ['Vladimir Putin', 'Kim Jong Un'],
        date: '2024-06-19',
        datePrecision: 'month',
        confidence: 0.5,
      }),
    ],
  };
}

describe('planArticle', () => {
  it('planArticle keys actors, treaties and events by stable ids and keeps each mention span', () => {
    const { plan } = planArticle(article, extraction());
    expect(plan.actors.map((a) => [a.id, a.kind, a.aliases, a.mention?.start])).toEqual([
      ['country:RU', 'COUNTRY', ['Russia', 'Rusia'], TEXT.indexOf('Rusia')],
      ['country:KP', 'COUNTRY', ['North Korea', 'Korea Utara'], TEXT.indexOf('Korea Utara')],
      ['person:vladimir-putin', 'PERSON', ['Vladimir Putin'], TEXT.indexOf('Vladimir Putin')],
    ]);
    expect(plan.offices).toEqual([{ person: 'person:vladimir-putin', of: 'country:RU', title: 'President of Russia' }]);
    expect(plan.treaties.map((t) => [t.id, t.signedOn, t.signedPrecision])).toEqual([
      ['treaty:csp-2024', '2024-06-19', 'day'],
      ['treaty:1961', '1961-01-01', 'year'],
    ]);
    expect(plan.parties).toEqual([
      { actor: 'country:RU', treaty: 'treaty:csp-2024' },
      { actor: 'country:KP', treaty: 'treaty:csp-2024' },
    ]);
    expect(plan.replaces).toEqual([{ from: 'treaty:csp-2024', to: 'treaty:1961', basis: 'LEGAL' }]);
  });

  it('planArticle gives a treaty event its (type, treaty) id, upper-cases enums, and turns unknown names into warnings', () => {
    const { plan, warnings } = planArticle(article, extraction());
    const [signing, meeting] = plan.events;
    expect(signing).toMatchObject({
      type: 'TREATY_SIGNING',
      modality: 'ASSERTED',
      treaty: 'treaty:csp-2024',
      date: '2024-06-19',
      datePrecision: 'day',
      place: { id: 'place:pyongyang', name: 'Pyongyang' },
      participants: [
        { actor: 'country:KP', role: 'PARTICIPANT' },
        { actor: 'country:RU', role: 'PARTICIPANT' },
        { actor: 'person:vladimir-putin', role: 'SIGNATORY' },
      ],
      report: { quote: 'meneken', start: TEXT.indexOf('meneken'), end: TEXT.indexOf('meneken') + 7, confidence: 0.8 },
    });
    // Month precision: the date is cut to the month, and the id is built from "2024-06".
    expect(meeting).toMatchObject({
      type: 'MEETING',
      date: '2024-06-01',
      datePrecision: 'month',
      participants: [{ actor: 'person:vladimir-putin', role: 'PARTICIPANT' }],
    });
    const again = planArticle({ ...article, id: 'article:2' }, extraction()).plan.events;
    expect(again.map((e) => e.id)).toEqual(plan.events.map((e) => e.id));
    expect(warnings).toEqual([
      'a warning from the extractor',
      'party "Atlantis" of treaty:csp-2024 skipped: not an actor of this article',
      `event meeting at ${TEXT.indexOf('bertemu')}: participant "Kim Jong Un" is not an actor of this article, skipped`,
    ]);
  });

  it('planArticle merges two sentences about one event into one report, the more confident one', () => {
    const x = extraction();
    x.events.push(
      event(TEXT, 'Perjanjian itu', {
        type: 'treaty_signing',
        actors: ['North Korea'],
        treaty: 'treaty:csp-2024',
        confidence: 0.95,
      }),
    );
    const { plan } = planArticle(article, x);
    const signings = plan.events.filter((e) => e.type === 'TREATY_SIGNING');
    expect(signings).toHaveLength(1);
    expect(signings[0]?.report.quote).toBe('Perjanjian itu');
    expect(signings[0]?.participants.map((p) => p.actor)).toEqual([
      'country:KP',
      'country:RU',
      'person:vladimir-putin',
    ]);
  });

  it("planArticle keeps a known treaty's gazetteer facts apart: the reference's dates, parties and lineage, not the article's", () => {
    const known = {
      reference: 'gazetteer:treaties',
      signed: '2000-02-09',
      inForceFrom: '2000-10',
      endedOn: null,
      parties: [
        { id: 'country:RU', name: 'Russia', kind: 'country' as const, iso2: 'RU' },
        { id: 'country:KP', name: 'North Korea', kind: 'country' as const, iso2: 'KP' },
      ],
      replaces: [
        {
          id: 'treaty:1961',
          name: 'Treaty of 1961',
          kind: 'treaty',
          basis: 'successor' as const,
          signed: '1961-07-06',
          inForceFrom: '1961-09-10',
          endedOn: '1996-09-10',
        },
      ],
    };
    const x = extraction();
    x.treaties = [treaty('treaty:2000', 'Treaty of 2000', 'Perjanjian Kemitraan', TEXT, { kind: 'treaty', known })];
    const { plan } = planArticle(article, x);
    // the article states no date, party or replacement of it
    expect(plan.treaties.map((t) => [t.id, t.signedOn, t.inForceFrom, t.endedOn])).toEqual([
      ['treaty:2000', null, null, null],
    ]);
    expect(plan.parties).toEqual([]);
    expect(plan.replaces).toEqual([]);
    expect(plan.known?.reference.id).toBe('gazetteer:treaties');
    expect(plan.known?.treaties.map((t) => [t.id, t.signedOn, t.inForceFrom, t.inForcePrecision, t.endedOn])).toEqual([
      ['treaty:2000', '2000-02-09', '2000-10-01', 'month', null],
      ['treaty:1961', '1961-07-06', '1961-09-10', 'day', '1996-09-10'],
    ]);
    expect(plan.known?.parties).toEqual([
      { actor: 'country:RU', treaty: 'treaty:2000' },
      { actor: 'country:KP', treaty: 'treaty:2000' },
    ]);
    expect(plan.known?.replaces).toEqual([{ from: 'treaty:2000', to: 'treaty:1961', basis: 'SUCCESSOR' }]);
    // an article naming no known treaty brings no reference
    expect(planArticle(article, extraction()).plan.known).toBeNull();
  });

  it('toStoredDate stores the first day at the stated precision', () => {
    expect(toStoredDate('2024-06-19', 'year')).toEqual({ date: '2024-01-01', precision: 'year', text: '2024' });
    expect(toStoredDate('2015-07')).toEqual({ date: '2015-07-01', precision: 'month', text: '2015-07' });
    expect(toStoredDate('19 June')).toEqual({ date: null, precision: null, text: null });
  });
});
